package org.patientaccess.keycloak.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invitationLink;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invite;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.nextMail;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.UUID;

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
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;

/** The account console's way to answer: an invitation to my verified email, accepted or declined without its link. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class PeopleAnswerInvitationsFromTheirAccountIT {

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
    void aPersonAcceptsAnInvitationToTheirEmailAndItsLinkThenOpensNothing() throws Exception {
        String zoe = newPatient("Zoe");
        String link = invited(zoe, ClinicRealm.MOTHER, "GUARDIAN");
        PatientAccessApi mother = person(ClinicRealm.MOTHER);
        String invitationId = waitingFor(mother, "Zoe").path("invitationId").asText();

        ApiResponse accepted = mother.post("/invitations/" + invitationId + "/accept", "");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("patientId").asText()).isEqualTo(zoe);
        assertThat(accepted.json().path("relationship").asText()).isEqualTo("GUARDIAN");
        assertThat(mother.get("/patients").json()).anySatisfy(p -> assertThat(p.path("patientId").asText()).isEqualTo(zoe));
        assertThat(mother.get("/invitations").json()).noneSatisfy(i -> assertThat(i.path("invitationId").asText()).isEqualTo(invitationId));
        JsonNode invitation = reception.get("/" + zoe + "/invitations").json().get(0);
        assertThat(invitation.path("status").asText()).isEqualTo("ACCEPTED");
        try (Browser browser = new Browser()) {
            assertThat(browser.open(link).text()).as("the emailed link died with the answer").contains("This invitation is no longer valid");
        }
    }

    @Test
    void aDeclinedInvitationGrantsNothingAndLeavesTheList() {
        String leo = newPatient("Leo");
        invited(leo, ClinicRealm.MOTHER, "PARENT");
        PatientAccessApi mother = person(ClinicRealm.MOTHER);
        String invitationId = waitingFor(mother, "Leo").path("invitationId").asText();

        assertThat(mother.post("/invitations/" + invitationId + "/decline", "").status()).isEqualTo(204);

        assertThat(mother.get("/patients").json()).noneSatisfy(p -> assertThat(p.path("patientId").asText()).isEqualTo(leo));
        assertThat(reception.get("/" + leo + "/invitations").json().get(0).path("status").asText()).isEqualTo("DECLINED");
        assertThat(reception.get("/" + leo + "/accounts").json()).isEmpty();
    }

    @Test
    void anInvitationToSomeoneElseOrAlreadyAnsweredIsNotFoundAlike() {
        String mia = newPatient("Mia");
        invited(mia, ClinicRealm.MOTHER, "PARENT");
        String invitationId = waitingFor(person(ClinicRealm.MOTHER), "Mia").path("invitationId").asText();

        ApiResponse byAnother = person(ClinicRealm.FATHER).post("/invitations/" + invitationId + "/accept", "");
        ApiResponse unknown = person(ClinicRealm.FATHER).post("/invitations/" + UUID.randomUUID() + "/accept", "");
        assertThat(person(ClinicRealm.MOTHER).post("/invitations/" + invitationId + "/decline", "").status()).isEqualTo(204);
        ApiResponse again = person(ClinicRealm.MOTHER).post("/invitations/" + invitationId + "/accept", "");

        assertThat(byAnother.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(again.status()).isEqualTo(404);
        assertThat(byAnother.body()).isEqualTo(unknown.body()).isEqualTo(again.body());
        assertThat(reception.get("/" + mia + "/accounts").json()).isEmpty();
    }

    private String invited(String patientId, String email, String relationship) {
        int received = mail.getReceivedMessages().length;
        assertThat(invite(reception, patientId, email, relationship).status()).isEqualTo(201);
        try {
            return invitationLink(nextMail(mail, received));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode waitingFor(PatientAccessApi person, String firstName) {
        for (JsonNode invitation : person.get("/invitations").json()) {
            if (invitation.path("patientFirstName").asText().equals(firstName)) {
                return invitation;
            }
        }
        throw new AssertionError("no invitation for " + firstName);
    }

    private PatientAccessApi person(String username) {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, username, ClinicRealm.PASSWORD);
    }

    private String newPatient(String firstName) {
        return reception.create(patient(null, firstName, uniqueSurname("Garcia"), "2015-05-05", null, null)).path("id").asText();
    }
}
