package org.patientaccess.keycloak.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invitationLink;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invite;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.nextMail;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

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
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;

/**
 * An invitation to be the patient's own account (SELF) makes its account speak as the patient: only
 * the invited, verified address may answer it, and it never takes a record that has an owner.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class OwnAccountInvitationsAreForTheInvitedEmailIT {

    private static final String OWN_ACCOUNT_ONLY = "only the account with the email address it was sent to can answer it";

    @InjectRealm(config = InvitingClinicRealm.class)
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
    void anotherAccountCanNeitherAcceptNorDeclineAnOwnAccountInvitation() throws Exception {
        String patient = newPatient();
        int received = mail.getReceivedMessages().length;
        invite(reception, patient, "ana.herself@family.test", "SELF");
        String link = invitationLink(nextMail(mail, received));

        try (Browser browser = new Browser()) {
            browser.open(link).click("invitation-login").logIn(ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD);
            assertThat(browser.text()).contains(OWN_ACCOUNT_ONLY);
            assertThat(browser.has("invitation-accept")).isFalse();
            assertThat(browser.has("invitation-decline")).isFalse();

            // What a tampered form would post: the answer is refused all the same.
            browser.clickSending("invitation-continue-button", "accept");
            assertThat(browser.text()).contains(OWN_ACCOUNT_ONLY);
            browser.clickSending("invitation-continue-button", "decline");
            assertThat(browser.text()).contains(OWN_ACCOUNT_ONLY);
        }

        assertThat(invitation(patient).path("status").asText()).isEqualTo("PENDING");
        assertThat(reception.get("/" + patient + "/accounts").json()).isEmpty();
        try (Browser invited = new Browser()) {
            assertThat(invited.open(link).text()).as("the link still works for the invited person").contains("invites you to book");
        }
    }

    @Test
    void theInvitedVerifiedAddressAcceptsAnOwnAccountInvitation() throws Exception {
        String patient = newPatient();
        int received = mail.getReceivedMessages().length;
        invite(reception, patient, ClinicRealm.FATHER, "SELF");

        try (Browser browser = new Browser()) {
            browser.open(invitationLink(nextMail(mail, received))).click("invitation-login")
                    .logIn(ClinicRealm.FATHER, ClinicRealm.PASSWORD).click("invitation-accept");
        }

        assertThat(invitation(patient).path("status").asText()).isEqualTo("ACCEPTED");
        JsonNode grant = reception.get("/" + patient + "/accounts").json().get(0);
        assertThat(grant.path("email").asText()).isEqualTo(ClinicRealm.FATHER);
        assertThat(grant.path("relationship").asText()).isEqualTo("SELF");
    }

    @Test
    void anOwnAccountInvitationToARecordWithAnOwnerShowsOurPageAndChangesNothing() throws Exception {
        String patient = newPatient();
        assertThat(reception.post("/" + patient + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "SELF")).status())
                .isEqualTo(201);
        int received = mail.getReceivedMessages().length;
        invite(reception, patient, ClinicRealm.FATHER, "SELF");

        try (Browser browser = new Browser()) {
            browser.open(invitationLink(nextMail(mail, received))).click("invitation-login")
                    .logIn(ClinicRealm.FATHER, ClinicRealm.PASSWORD).click("invitation-accept");
            assertThat(browser.text()).contains("The patient already has another account of their own")
                    .contains("Nothing was changed");
            assertThat(browser.has("invitation-continue-button")).as("our page, not Keycloak's error page").isTrue();
        }

        assertThat(invitation(patient).path("status").asText()).isEqualTo("PENDING");
        JsonNode grants = reception.get("/" + patient + "/accounts").json();
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).path("email").asText()).isEqualTo(ClinicRealm.MOTHER);
    }

    private JsonNode invitation(String patient) {
        return reception.get("/" + patient + "/invitations").json().get(0);
    }

    private String newPatient() {
        return reception.create(patient(null, "Ana", uniqueSurname("Garcia"), "1990-05-05", null, null)).path("id").asText();
    }
}
