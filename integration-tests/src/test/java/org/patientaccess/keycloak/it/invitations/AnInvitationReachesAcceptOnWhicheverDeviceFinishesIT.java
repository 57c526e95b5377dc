package org.patientaccess.keycloak.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * People read their mail on a phone and register on a computer: the invitation opened on the
 * computer reaches Accept on whichever device finishes the new account's steps. Two browsers, two
 * cookie jars: register on the computer, confirm the email and choose the password on the phone. The
 * link is still the proof: a link resent or withdrawn meanwhile is not answered through the account.
 * An account that signed in with the link and went no further is offered it at its next sign-in.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class AnInvitationReachesAcceptOnWhicheverDeviceFinishesIT {

    private static final String VERIFY_LINK = "login-actions/action-token";

    @RegisterExtension
    static final Chromium computer = Chromium.inEnglish();

    @RegisterExtension
    static final Chromium phone = Chromium.inEnglish();

    @RegisterExtension
    static final Chromium frenchPhone = Chromium.inFrench();

    @InjectRealm(config = InvitingClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private Inbox inbox;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        inbox = new Inbox(mail);
    }

    @Test
    void registeringOnTheComputerAndConfirmingOnThePhoneReachesAccept() throws Exception {
        Invited sofia = invite("Sofia", "en");
        String confirmation = registerOnTheComputer(sofia, "Create an account", "Register");

        Screen screen = confirmOnThePhone(confirmation, phone, "Choose a password");
        screen.heading("Invitation from Riverside Physiotherapy");
        screen.text("Riverside Physiotherapy invites you to book and manage appointments for Sofia, as parent.");
        Accessibility.assertNoSeriousViolations(phone.driver(), "the carried invitation's Accept and Decline");
        screen.button("Accept").click();

        screen.heading("You can now book for Sofia");
        Accessibility.assertNoSeriousViolations(phone.driver(), "the page after Accept");
        screen.button("Continue").click();

        JsonNode invitation = invitationOf(sofia);
        assertThat(invitation.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(invitation.path("decidedByEmail").asText()).isEqualTo(sofia.email());
        assertThat(reception.get("/" + sofia.patientId() + "/accounts").json().get(0).path("origin").asText()).isEqualTo("INVITATION");
        assertThat(userOf(sofia).getRequiredActions()).as("nothing left to offer at the next sign-in").isEmpty();
    }

    @Test
    void aFrenchInvitationFinishedOnAFrenchPhoneIsAnsweredInFrench() throws Exception {
        Invited lea = invite("Léa", "fr");
        String confirmation = registerOnTheComputer(lea, "Créer un compte", "Enregistrement");

        Screen screen = confirmOnThePhone(confirmation, frenchPhone, "Choisissez un mot de passe");
        screen.heading("Invitation de Riverside Physiotherapy");
        Accessibility.assertNoSeriousViolations(frenchPhone.driver(), "the carried invitation, in French");
        screen.button("Accepter").click();

        screen.heading("Vous pouvez maintenant prendre rendez-vous pour Léa");
        Accessibility.assertNoSeriousViolations(frenchPhone.driver(), "the page after Accept, in French");
        screen.button("Continuer").click();

        assertThat(invitationOf(lea).path("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aLinkResentAfterRegisteringIsNotAnsweredFromTheOtherDevice() throws Exception {
        Invited mateo = invite("Mateo", "en");
        String confirmation = registerOnTheComputer(mateo, "Create an account", "Register");
        Thread.sleep(InvitingClinicRealm.RESEND_INTERVAL_SECONDS * 1000L + 200);
        int mark = inbox.mark();
        assertThat(reception.post("/" + mateo.patientId() + "/invitations/" + mateo.invitationId() + "/resend",
                PatientAccessApi.JSON, "").status()).isEqualTo(200);
        inbox.awaitTo(mateo.email(), mark);

        Screen screen = confirmOnThePhone(confirmation, phone, "Choose a password");
        screen.heading("This invitation is no longer valid");
        assertThat(screen.shows(By.id("invitation-accept"))).as("no Accept for the old link's invitation").isFalse();
        Accessibility.assertNoSeriousViolations(phone.driver(), "a carried invitation resent since");
        screen.button("Continue").click();

        assertThat(invitationOf(mateo).path("status").asText()).isEqualTo("PENDING");
        assertThat(reception.get("/" + mateo.patientId() + "/accounts").json()).isEmpty();
    }

    @Test
    void aWithdrawnInvitationIsNotOfferedOnTheOtherDevice() throws Exception {
        Invited ana = invite("Ana", "en");
        String confirmation = registerOnTheComputer(ana, "Create an account", "Register");
        assertThat(reception.delete("/" + ana.patientId() + "/invitations/" + ana.invitationId()).status()).isEqualTo(204);

        Screen screen = confirmOnThePhone(confirmation, phone, "Choose a password");
        screen.heading("This invitation is no longer valid");
        screen.button("Continue").click();

        assertThat(invitationOf(ana).path("status").asText()).isEqualTo("REVOKED");
        assertThat(reception.get("/" + ana.patientId() + "/accounts").json()).isEmpty();
    }

    @Test
    void anAccountThatSignedInWithTheLinkIsOfferedTheInvitationAtItsNextSignInElsewhere() throws Exception {
        Invited diego = invite("Diego", "en", ClinicRealm.GRANDMOTHER);
        Screen onTheComputer = computer.screen().open(diego.link());
        onTheComputer.link("I have an account: log in").click();
        onTheComputer.find(By.id("password")).sendKeys(ClinicRealm.PASSWORD);
        onTheComputer.find(By.id("kc-login")).click();
        onTheComputer.button("Accept");

        Screen screen = phone.screen().open(urls.getBase() + "/realms/" + realm.getName() + "/account");
        screen.find(By.id("username")).sendKeys(ClinicRealm.GRANDMOTHER);
        screen.find(By.id("password")).sendKeys(ClinicRealm.PASSWORD);
        screen.find(By.id("kc-login")).click();
        screen.text("Riverside Physiotherapy invites you to book and manage appointments for Diego, as parent.");
        screen.button("Accept").click();
        screen.heading("You can now book for Diego");
        screen.button("Continue").click();

        assertThat(invitationOf(diego).path("status").asText()).isEqualTo("ACCEPTED");
    }

    private record Invited(String patientId, String invitationId, String firstName, String email, String link) {
    }

    private Invited invite(String firstName, String locale) throws Exception {
        String surname = uniqueSurname("Carried");
        String email = surname.toLowerCase() + ".parent@family.test";
        PersonalData.used(email);
        return invite(firstName, locale, email);
    }

    private Invited invite(String firstName, String locale, String email) throws Exception {
        String patientId = reception.create(patient(null, firstName, uniqueSurname("Carried"), "2017-05-09", null, null)).path("id").asText();
        int mark = inbox.mark();
        ApiResponse invited = reception.post("/" + patientId + "/invitations",
                Map.of("email", email, "relationship", "PARENT", "locale", locale));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        inbox.awaitTo(email, mark);
        String link = Mails.link(inbox.lastTo(email), InvitationSupport.LINK_MARKER).replace("&amp;", "&");
        return new Invited(patientId, invited.json().path("id").asText(), firstName, email, link);
    }

    /**
     * On the computer: the link, "Create an account", the form; the computer goes no further. Answers
     * the link of the confirmation email.
     */
    private String registerOnTheComputer(Invited invited, String createAnAccount, String register) throws Exception {
        int mark = inbox.mark();
        PersonalData.used("Nadia", "1986-11-23");
        Screen screen = computer.screen().open(invited.link());
        screen.link(createAnAccount).click();
        screen.find(By.id("email")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        screen.find(By.id("email")).sendKeys(invited.email());
        screen.find(By.id("firstName")).sendKeys("Nadia");
        screen.find(By.id("lastName")).sendKeys("Carrier");
        // A date field takes its value in the browser's own format; the page reads ISO either way.
        computer.driver().executeScript("arguments[0].value = '1986-11-23'", screen.find(By.id("birthDate")));
        screen.button(register).click();
        inbox.awaitTo(invited.email(), mark);
        return Mails.link(inbox.lastTo(invited.email()), VERIFY_LINK).replace("&amp;", "&");
    }

    /**
     * On the phone: the confirmation link from the mail, which Keycloak asks to confirm in a browser
     * that did not register, then the account's first password: chosen, not "changed", and no other
     * device to sign out.
     */
    private Screen confirmOnThePhone(String confirmation, Chromium device, String choosePassword) {
        Screen screen = device.screen().open(confirmation);
        screen.find(By.cssSelector("a[href*='" + VERIFY_LINK + "']")).click();
        screen.heading(choosePassword);
        assertThat(screen.shows(By.name("logout-sessions"))).isFalse();
        Accessibility.assertNoSeriousViolations(device.driver(), "the first password page");
        screen.find(By.id("password-new")).sendKeys(RegisteringPeople.PASSWORD);
        screen.find(By.id("password-confirm")).sendKeys(RegisteringPeople.PASSWORD);
        screen.find(By.id("kc-submit")).click();
        return screen;
    }

    private JsonNode invitationOf(Invited invited) {
        for (JsonNode invitation : reception.get("/" + invited.patientId() + "/invitations").json()) {
            if (invitation.path("id").asText().equals(invited.invitationId())) {
                return invitation;
            }
        }
        throw new AssertionError("no invitation " + invited.invitationId());
    }

    private org.keycloak.representations.idm.UserRepresentation userOf(Invited invited) {
        return realm.admin().users().search(invited.email(), true).get(0);
    }
}
