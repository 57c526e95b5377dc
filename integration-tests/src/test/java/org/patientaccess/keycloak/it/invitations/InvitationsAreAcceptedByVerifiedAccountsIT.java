package org.patientaccess.keycloak.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invitationLink;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invite;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.nextMail;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

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
import org.patientaccess.keycloak.it.support.realm.UnforcedVerificationClinicRealm;

/** In a realm that does not force email verification at login, so that our own check is what stops. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class InvitationsAreAcceptedByVerifiedAccountsIT {

    @InjectRealm(config = UnforcedVerificationClinicRealm.class)
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
    void anAccountUnderAnotherEmailMayAcceptAndStaffSeeWhichOne() throws Exception {
        String patient = newPatient();
        int received = mail.getReceivedMessages().length;
        invite(reception, patient, "family.mailbox@family.test", "CAREGIVER");

        try (Browser browser = new Browser()) {
            browser.open(invitationLink(nextMail(mail, received))).click("invitation-login")
                    .logIn(ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD).click("invitation-accept");
        }

        JsonNode invitation = reception.get("/" + patient + "/invitations").json().get(0);
        assertThat(invitation.path("email").asText()).isEqualTo("family.mailbox@family.test");
        assertThat(invitation.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(invitation.path("decidedByEmail").asText()).isEqualTo(ClinicRealm.GRANDMOTHER);
        assertThat(reception.get("/" + patient + "/accounts").json().get(0).path("email").asText()).isEqualTo(ClinicRealm.GRANDMOTHER);
    }

    @Test
    void anAccountWithAnUnverifiedEmailCannotAccept() throws Exception {
        String patient = newPatient();
        int received = mail.getReceivedMessages().length;
        invite(reception, patient, ClinicRealm.UNVERIFIED, "PARENT");

        try (Browser browser = new Browser()) {
            browser.open(invitationLink(nextMail(mail, received))).click("invitation-login")
                    .logIn(ClinicRealm.UNVERIFIED, ClinicRealm.PASSWORD);
            assertThat(browser.text()).contains("Please confirm your own email address first");
            assertThat(browser.has("invitation-accept")).as("told before being offered the buttons").isFalse();
            browser.clickSending("invitation-continue-button", "accept");
            assertThat(browser.text()).as("a forged accept").contains("Please confirm your own email address first");
        }

        assertThat(reception.get("/" + patient + "/invitations").json().get(0).path("status").asText()).isEqualTo("PENDING");
        assertThat(reception.get("/" + patient + "/accounts").json()).isEmpty();
    }

    private String newPatient() {
        return reception.create(patient(null, "Ana", uniqueSurname("Garcia"), "2015-05-05", null, null)).path("id").asText();
    }
}
