package org.patientaccess.keycloak.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invitationLink;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invite;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.nextMail;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;

/**
 * A token the realm signed opens an invitation only if it is one: its audience is the invitation
 * page, not the realm that every Keycloak action token names. To sign tokens of its own as the realm
 * does, the test gives the realm an HS512 key it knows (the algorithm of Keycloak's internal tokens).
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class InvitationTokensAreReadOnlyAsInvitationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] SECRET = (UUID.randomUUID() + "-" + UUID.randomUUID()).substring(0, 64).getBytes(StandardCharsets.US_ASCII);

    @InjectRealm(config = InvitingClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;

    @BeforeEach
    void signTheRealmsTokensWithAKnownKey() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        if (realm.admin().components().query(null, "org.keycloak.keys.KeyProvider", "known-hs512").isEmpty()) {
            ComponentRepresentation key = new ComponentRepresentation();
            key.setName("known-hs512");
            key.setProviderId("hmac-generated");
            key.setProviderType("org.keycloak.keys.KeyProvider");
            key.setParentId(realm.admin().toRepresentation().getId());
            MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
            config.putSingle("priority", "1000");
            config.putSingle("enabled", "true");
            config.putSingle("active", "true");
            config.putSingle("algorithm", "HS512");
            config.putSingle("secretSize", Integer.toString(SECRET.length));
            config.putSingle("secret", Base64.getUrlEncoder().withoutPadding().encodeToString(SECRET));
            config.putSingle("kid", "known-hs512");
            key.setConfig(config);
            try (Response created = realm.admin().components().add(key)) {
                assertThat(created.getStatus()).isEqualTo(201);
            }
        }
    }

    @Test
    void aTokenResignedUnchangedStillOpensTheInvitation() throws Exception {
        String link = newInvitationLink();

        assertThat(pageOf(resigned(link, payload -> { }))).contains("invites you to book");
    }

    @Test
    void aTokenWithTheRealmAsItsAudienceOpensNothing() throws Exception {
        String link = newInvitationLink();
        String issuer = urls.getBase() + "/realms/" + realm.getName();

        assertThat(pageOf(resigned(link, payload -> payload.put("aud", issuer)))).contains("This invitation is no longer valid");
        assertThat(pageOf(resigned(link, payload -> payload.put("aud", "account")))).contains("This invitation is no longer valid");
        assertThat(pageOf(resigned(link, payload -> payload.remove("aud")))).contains("This invitation is no longer valid");
        assertThat(pageOf(resigned(link, payload -> payload.set("aud", JSON.valueToTree(List.of(issuer + "/patient-access/invitation", "account"))))))
                .as("another audience beside ours").contains("This invitation is no longer valid");
        assertThat(pageOf(link)).as("the real link").contains("invites you to book");
    }

    private String newInvitationLink() throws Exception {
        String patientId = reception.create(patient(null, "Ana", uniqueSurname("Garcia"), "2015-05-05", null, null)).path("id").asText();
        int received = mail.getReceivedMessages().length;
        invite(reception, patientId, ClinicRealm.MOTHER, "PARENT");
        return invitationLink(nextMail(mail, received));
    }

    /** The link with its token's claims changed and signed again with the realm's (known) key. */
    private static String resigned(String link, Consumer<ObjectNode> change) throws Exception {
        int start = link.indexOf("token=") + "token=".length();
        int end = link.indexOf('&', start) < 0 ? link.length() : link.indexOf('&', start);
        String[] parts = link.substring(start, end).split("\\.");
        ObjectNode header = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.path("kid").asText()).as("signed with the known key").isEqualTo("known-hs512");
        ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        change.accept(payload);
        String signingInput = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(payload));
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA512"));
        String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        return link.substring(0, start) + signingInput + "." + signature + link.substring(end);
    }

    private static String pageOf(String link) {
        try (Browser browser = new Browser()) {
            return browser.open(link).text();
        }
    }
}
