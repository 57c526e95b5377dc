package org.patientaccess.keycloak.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invitationLink;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invite;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.nextMail;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.OwnUsernamesClinicRealm;

/**
 * The attack: an own-account (SELF) invitation goes to {@code sam.…@family.test}; someone registers
 * {@code ſam.…@family.test} (U+017F LONG S, which Keycloak takes in an address when the realm's mail
 * server speaks SMTPUTF8, and proves like any other by a link mailed there). Java's
 * {@code equalsIgnoreCase} folds ſ to s, so the two addresses would compare equal; they are two
 * mailboxes, and only the invited one may become the patient's own account. The emails are compared
 * exactly, as stored (in lower case).
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class OwnAccountInvitationsCompareEmailsExactlyIT {

    private static final String LONG_S = "\u017F";
    private static final String ALLOW_UTF8 = "allowutf8";
    private static final String OWN_ACCOUNT_ONLY = "only the account with the email address it was sent to can answer it";
    private static final String SAMIRAS_BIRTH_DATE = "1990-05-05";

    @InjectRealm(config = OwnUsernamesClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private String invited;
    private String lookalike;
    private String samsUsername;
    private String lookalikesUsername;

    @BeforeEach
    void samAndALookalike() {
        allowAddressesBeyondAscii();
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        invited = "sam." + unique + "@family.test";
        lookalike = LONG_S + "am." + unique + "@family.test";
        samsUsername = "sam-" + unique;
        lookalikesUsername = "long-s-" + unique;
        account(samsUsername, invited);
        account(lookalikesUsername, lookalike);
        assertThat(realm.admin().users().search(lookalikesUsername, true).get(0).getEmail())
                .as("Keycloak keeps the lookalike address as given").isEqualTo(lookalike);
    }

    @Test
    void aLookalikeAddressCannotAcceptAnOwnAccountInvitationFromItsAccount() {
        String patient = newPatient("Samuel");
        assertThat(invite(reception, patient, invited, "SELF").status()).isEqualTo(201);
        String invitationId = invitation(patient).path("id").asText();
        PatientAccessApi impostor = person(lookalikesUsername);

        ApiResponse accepted = impostor.post("/invitations/" + invitationId + "/accept", "");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(404);
        assertThat(ids(impostor.get("/invitations").json())).as("nor is it listed for the lookalike").doesNotContain(invitationId);
        assertNothingChanged(patient);

        ApiResponse bySam = person(samsUsername).post("/invitations/" + invitationId + "/accept", "");
        assertThat(bySam.status()).as("the invited address still accepts: " + bySam).isEqualTo(200);
        assertOwnedBySam(patient);
    }

    @Test
    void aLookalikeAddressIsRefusedOnTheInvitationsPage() throws Exception {
        String patient = newPatient("Samantha");
        int received = mail.getReceivedMessages().length;
        assertThat(invite(reception, patient, invited, "SELF").status()).isEqualTo(201);
        String link = invitationLink(nextMail(mail, received));

        String answered;
        try (Browser browser = new Browser()) {
            browser.open(link).click("invitation-login").logIn(lookalikesUsername, ClinicRealm.PASSWORD);
            if (browser.has("invitation-accept")) {
                browser.click("invitation-accept");
            } else {
                // What a tampered form would post.
                browser.clickSending("invitation-continue-button", "accept");
            }
            answered = browser.text();
        }

        assertNothingChanged(patient);
        assertThat(answered).as("our page says why").contains(OWN_ACCOUNT_ONLY);

        try (Browser browser = new Browser()) {
            browser.open(link).click("invitation-login").logIn(samsUsername, ClinicRealm.PASSWORD).click("invitation-accept");
        }
        assertOwnedBySam(patient);
    }

    private void assertNothingChanged(String patient) {
        assertThat(invitation(patient).path("status").asText()).isEqualTo("PENDING");
        assertThat(reception.get("/" + patient + "/accounts").json()).as("no grant").isEmpty();
    }

    private void assertOwnedBySam(String patient) {
        assertThat(invitation(patient).path("status").asText()).isEqualTo("ACCEPTED");
        JsonNode grants = reception.get("/" + patient + "/accounts").json();
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).path("email").asText()).isEqualTo(invited);
        assertThat(grants.get(0).path("relationship").asText()).isEqualTo("SELF");
    }

    /**
     * The realm's mail server speaks SMTPUTF8 ("Allow UTF-8" in the realm's email settings): without it
     * Keycloak refuses an address whose local part is not ASCII, since it could not mail it.
     */
    private void allowAddressesBeyondAscii() {
        RealmRepresentation settings = realm.admin().toRepresentation();
        if (!"true".equals(settings.getSmtpServer().get(ALLOW_UTF8))) {
            Map<String, String> smtp = new HashMap<>(settings.getSmtpServer());
            smtp.put(ALLOW_UTF8, "true");
            settings.setSmtpServer(smtp);
            realm.admin().update(settings);
        }
    }

    /**
     * A verified account with a password, made through the admin API, with the birth date the realm's
     * user profile requires of its users.
     */
    private void account(String username, String email) {
        PersonalData.used(username, email, "Samira", SAMIRAS_BIRTH_DATE);
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Samira");
        user.setLastName(uniqueSurname("Lee"));
        user.setAttributes(Map.of("birthDate", List.of(SAMIRAS_BIRTH_DATE)));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(ClinicRealm.PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = realm.admin().users().create(user)) {
            assertThat(created.getStatus()).as("account " + email + " created: " + created.readEntity(String.class)).isEqualTo(201);
        }
    }

    private PatientAccessApi person(String username) {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, username, ClinicRealm.PASSWORD);
    }

    private JsonNode invitation(String patient) {
        return reception.get("/" + patient + "/invitations").json().get(0);
    }

    private String newPatient(String firstName) {
        return reception.create(patient(null, firstName, uniqueSurname("Lee"), "1990-05-05", null, null)).path("id").asText();
    }

    private static List<String> ids(JsonNode invitations) {
        return StreamSupport.stream(invitations.spliterator(), false)
                .map(invitation -> invitation.path("invitationId").asText()).toList();
    }
}
