package org.patientaccess.keycloak.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invitationLink;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invite;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.nextMail;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
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
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class FamilyMembersAcceptInvitationsIT {

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
    void aNewPersonRegistersVerifiesTheirEmailAndAccepts() throws Exception {
        String sofia = newPatient("Sofia");
        String email = "new.parent." + System.nanoTime() + "@family.test";
        int received = mail.getReceivedMessages().length;

        assertThat(invite(reception, sofia, email, "PARENT").status()).isEqualTo(201);
        MimeMessage invitation = nextMail(mail, received);
        assertThat(invitation.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(invitation.getSubject()).isEqualTo("Book appointments for Sofia at Riverside Physiotherapy");
        assertThat(Mails.text(invitation)).contains("as parent").contains("only once");

        try (Browser browser = new Browser()) {
            browser.open(invitationLink(invitation));
            assertThat(browser.text()).contains("Riverside Physiotherapy invites you to book and manage appointments for Sofia, as parent.");
            assertThat(status(sofia)).as("opening the link changes nothing").isEqualTo("PENDING");

            // The realm's registration form asks for the birth date too.
            PersonalData.used("1988-02-29");
            browser.click("invitation-register").submit("kc-register-form", Map.of(
                    "email", email, "firstName", "Nadia", "lastName", "Garcia", "birthDate", "1988-02-29"));
            MimeMessage verification = nextMail(mail, received + 1);
            // Keycloak 26.7 asks for the password once the email is verified.
            browser.open(Mails.link(verification, "login-actions/action-token")).submit("kc-passwd-update-form",
                    Map.of("password-new", "Str0ng-passphrase!", "password-confirm", "Str0ng-passphrase!"));

            assertThat(browser.has("invitation-accept")).as(browser.text()).isTrue();
            browser.click("invitation-accept");
        }

        assertThat(myPatients(email, "Str0ng-passphrase!")).containsExactly(sofia);
        JsonNode accepted = reception.get("/" + sofia + "/invitations").json().get(0);
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("decidedByEmail").asText()).isEqualTo(email);
        JsonNode grant = reception.get("/" + sofia + "/accounts").json().get(0);
        assertThat(grant.path("origin").asText()).isEqualTo("INVITATION");
        assertThat(grant.path("id").asText()).isEqualTo(accepted.path("grantId").asText());
    }

    @Test
    void anExistingAccountLogsInAndAcceptsAndTheLinkThenDies() throws Exception {
        String mateo = newPatient("Mateo");
        int received = mail.getReceivedMessages().length;
        invite(reception, mateo, ClinicRealm.FATHER, "PARENT");
        String link = invitationLink(nextMail(mail, received));

        try (Browser browser = new Browser()) {
            browser.open(link).click("invitation-login").logIn(ClinicRealm.FATHER, ClinicRealm.PASSWORD);
            browser.click("invitation-accept");
            assertThat(browser.text()).contains("You can now book for Mateo");
            browser.click("invitation-continue-button");
            assertThat(browser.url()).contains("/realms/" + realm.getName() + "/account");
        }

        assertThat(myPatients(ClinicRealm.FATHER, ClinicRealm.PASSWORD)).contains(mateo);
        assertThat(realm.admin().getEvents()).anySatisfy(event -> {
            assertThat(event.getType()).isEqualTo("CUSTOM_REQUIRED_ACTION");
            assertThat(event.getDetails()).containsEntry("patient_id", mateo).containsEntry("outcome", "ACCEPTED");
            assertThat(event.getUserId()).isEqualTo(realm.admin().users().search(ClinicRealm.FATHER, true).get(0).getId());
        });
        try (Browser second = new Browser()) {
            second.open(link);
            assertThat(second.status()).isEqualTo(410);
            assertThat(second.text()).contains("This invitation is no longer valid");
        }
    }

    @Test
    void theEmailIsInTheLanguageStaffChose() throws Exception {
        String lea = newPatient("Léa");
        int received = mail.getReceivedMessages().length;

        reception.post("/" + lea + "/invitations", Map.of("email", "grand-pere@family.test", "relationship", "CAREGIVER", "locale", "fr"));

        MimeMessage invitation = nextMail(mail, received);
        assertThat(invitation.getSubject()).isEqualTo("Prenez rendez-vous pour Léa chez Riverside Physiotherapy");
        assertThat(Mails.text(invitation)).contains("en tant que aidant ou aidante").contains("une seule fois");
    }

    @Test
    void aDeclinedInvitationGrantsNothing() throws Exception {
        String ana = newPatient("Ana");
        int received = mail.getReceivedMessages().length;
        invite(reception, ana, ClinicRealm.GRANDMOTHER, "CAREGIVER");

        try (Browser browser = new Browser()) {
            browser.open(invitationLink(nextMail(mail, received))).click("invitation-login")
                    .logIn(ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD).click("invitation-decline");
        }

        assertThat(status(ana)).isEqualTo("DECLINED");
        assertThat(reception.get("/" + ana + "/accounts").json()).isEmpty();
    }

    @Test
    void twoAcceptsAtTheSameMomentGiveOneGrant() throws Exception {
        String leo = newPatient("Leo");
        int received = mail.getReceivedMessages().length;
        invite(reception, leo, ClinicRealm.MOTHER, "PARENT");
        String link = invitationLink(nextMail(mail, received));

        try (Browser first = new Browser(); Browser second = new Browser()) {
            for (Browser browser : List.of(first, second)) {
                browser.open(link).click("invitation-login").logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
                assertThat(browser.has("invitation-accept")).isTrue();
            }
            CompletableFuture<Browser> one = CompletableFuture.supplyAsync(() -> first.click("invitation-accept"));
            CompletableFuture<Browser> two = CompletableFuture.supplyAsync(() -> second.click("invitation-accept"));
            CompletableFuture.allOf(one, two).join();
            assertThat(List.of(first.text(), second.text()))
                    .filteredOn(text -> text.contains("This invitation is no longer valid")).hasSize(1);
        }

        assertThat(reception.get("/" + leo + "/accounts").json()).hasSize(1);
    }

    @Test
    void anInvitationWaitsInThePersonsListUntilDecided() throws Exception {
        String zoe = newPatient("Zoe");
        int received = mail.getReceivedMessages().length;
        invite(reception, zoe, ClinicRealm.MOTHER, "GUARDIAN");
        nextMail(mail, received);

        JsonNode waiting = PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.MOTHER, ClinicRealm.PASSWORD).get("/invitations").json();

        assertThat(waiting).anySatisfy(invitation -> {
            assertThat(invitation.path("patientFirstName").asText()).isEqualTo("Zoe");
            assertThat(invitation.path("relationship").asText()).isEqualTo("GUARDIAN");
        });
    }

    private String status(String patientId) {
        return reception.get("/" + patientId + "/invitations").json().get(0).path("status").asText();
    }

    private List<String> myPatients(String username, String password) {
        JsonNode mine = PatientAccessApi.personSignedInAs(urls.getBase(), realm, username, password).get("/patients").json();
        return java.util.stream.StreamSupport.stream(mine.spliterator(), false).map(p -> p.path("patientId").asText()).toList();
    }

    private String newPatient(String firstName) {
        return reception.create(patient(null, firstName, uniqueSurname("Garcia"), "2015-05-05", null, null)).path("id").asText();
    }
}
