package org.patientaccess.keycloak.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invitationLink;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invite;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.nextMail;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * The attack: a SELF invitation sent to a young person before the clinic set its own-account age
 * (or before their birth date was corrected) is kept and accepted later. Accepting checks the rule
 * again, by the emailed link and by the account console, and changes nothing.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ASelfInvitationIsCheckedAgainstTheOwnAccountAgeWhenAcceptedIT {

    private static final String OWN_ACCOUNT_AGE = "patientAccess.ownAccountAge";

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void anOldSelfInvitationOpenedByItsLinkIsRefusedOnceTheClinicSetsAnOlderOwnAccountAge() throws Exception {
        String fifteen = aFifteenYearOld("Marta");
        int received = mail.getReceivedMessages().length;
        assertThat(invite(reception, fifteen, ClinicRealm.GRANDMOTHER, "SELF").status()).isEqualTo(201);
        String link = invitationLink(nextMail(mail, received));
        realm.updateWithCleanup(r -> r.attribute(OWN_ACCOUNT_AGE, "16"));

        try (Browser browser = new Browser()) {
            browser.open(link).click("invitation-login").logIn(ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD).click("invitation-accept");
            assertThat(browser.text()).contains("the patient is not yet old enough for one at this clinic");
        }

        assertNothingChanged(fifteen);
        assertThat(rosa()).as("a refusal leaves the account fully set up: no invitation waits at her next sign-in").isNotNull();
    }

    @Test
    void anOldSelfInvitationAcceptedInTheAccountConsoleIsAConflictThatChangesNothing() {
        String fifteen = aFifteenYearOld("Nora");
        assertThat(invite(reception, fifteen, ClinicRealm.GRANDMOTHER, "SELF").status()).isEqualTo(201);
        realm.updateWithCleanup(r -> r.attribute(OWN_ACCOUNT_AGE, "16"));
        PatientAccessApi rosa = rosa();
        String invitationId = invitationFor(rosa, "Nora");

        ApiResponse accepted = rosa.post("/invitations/" + invitationId + "/accept", "");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(409);
        assertThat(accepted.json().path("errorMessage").asText()).contains("not yet old enough");
        assertNothingChanged(fifteen);
    }

    @Test
    void withoutTheSettingTheSameInvitationIsAccepted() {
        String fifteen = aFifteenYearOld("Olga");
        assertThat(invite(reception, fifteen, ClinicRealm.GRANDMOTHER, "SELF").status()).isEqualTo(201);
        PatientAccessApi rosa = rosa();
        String invitationId = invitationFor(rosa, "Olga");

        ApiResponse accepted = rosa.post("/invitations/" + invitationId + "/accept", "");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(reception.get("/" + fifteen + "/accounts").json().get(0).path("relationship").asText()).isEqualTo("SELF");
    }

    private void assertNothingChanged(String patientId) {
        assertThat(reception.get("/" + patientId + "/invitations").json().get(0).path("status").asText()).isEqualTo("PENDING");
        assertThat(reception.get("/" + patientId + "/accounts").json()).isEmpty();
    }

    private PatientAccessApi rosa() {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD);
    }

    private static String invitationFor(PatientAccessApi person, String patientFirstName) {
        for (JsonNode invitation : person.get("/invitations").json()) {
            if (invitation.path("patientFirstName").asText().equals(patientFirstName)) {
                return invitation.path("invitationId").asText();
            }
        }
        throw new AssertionError("no invitation for " + patientFirstName);
    }

    /** Reaches 16 in five days. */
    private String aFifteenYearOld(String firstName) {
        String birthDate = LocalDate.now(ZoneOffset.UTC).plusDays(5).minusYears(16).toString();
        return reception.create(patient(null, firstName, uniqueSurname("Ortega"), birthDate, null, null)).path("id").asText();
    }
}
