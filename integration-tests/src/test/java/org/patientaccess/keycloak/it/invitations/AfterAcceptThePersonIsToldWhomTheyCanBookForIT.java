package org.patientaccess.keycloak.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.HashMap;
import java.util.Map;

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
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.AccountConsole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;

/**
 * After Accept the person reads whom they can now book for, and Continue takes them on, signed in,
 * to where the invitation leads (the invitation client's base URL: here the account console). Also
 * the invitation's language: a French invitation opened in an English browser speaks French on our
 * pages and on Keycloak's login pages reached from it, until the person chooses English.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class AfterAcceptThePersonIsToldWhomTheyCanBookForIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = InvitingClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private Inbox inbox;
    private Screen screen;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        inbox = new Inbox(mail);
        screen = chromium.screen();
    }

    @Test
    void afterAcceptThePageNamesThePatientAndContinueLandsSignedIn() throws Exception {
        String patientId = newPatient("Sofia");
        screen.open(invitationLink(patientId, ClinicRealm.FATHER, null));
        screen.link("I have an account: log in").click();
        logIn(ClinicRealm.FATHER);
        screen.button("Accept").click();

        screen.heading("You can now book for Sofia");
        screen.text("Sofia is now among the people you book for at Riverside Physiotherapy. Continue to make or see appointments.");
        Accessibility.assertNoSeriousViolations(chromium.driver(), "the page after Accept");
        screen.button("Continue").click();

        screen.waitUntil("the account console, signed in", () -> screen.url().contains("/realms/" + realm.getName() + "/account")
                && !screen.shows(By.id("kc-login")));
        new AccountConsole(screen, urls.getBase(), realm.getName()).awaitLoaded();
        assertThat(status(patientId)).isEqualTo("ACCEPTED");
    }

    @Test
    void aFrenchInvitationSpeaksFrenchInAnEnglishBrowserThroughTheLoginPagesAndAccept() throws Exception {
        String patientId = newPatient("Léa");
        screen.open(invitationLink(patientId, ClinicRealm.GRANDMOTHER, "fr"));
        screen.heading("Invitation de Riverside Physiotherapy");
        screen.text("Riverside Physiotherapy vous invite à prendre et gérer les rendez-vous de Léa, en tant que parent.");
        Accessibility.assertNoSeriousViolations(chromium.driver(), "a French invitation in an English browser");

        screen.link("J'ai un compte : me connecter").click();
        screen.heading("Connectez-vous pour prendre rendez-vous");
        logIn(ClinicRealm.GRANDMOTHER);
        screen.button("Accepter").click();
        screen.heading("Vous pouvez maintenant prendre rendez-vous pour Léa");
        Accessibility.assertNoSeriousViolations(chromium.driver(), "the page after Accept, in French");
        screen.button("Continuer").click();

        assertThat(status(patientId)).isEqualTo("ACCEPTED");
    }

    @Test
    void thePersonsChoiceOfLanguageLeadsOverTheInvitations() throws Exception {
        String patientId = newPatient("Mateo");
        String link = invitationLink(patientId, ClinicRealm.MOTHER, "fr");
        screen.open(link);
        screen.heading("Invitation de Riverside Physiotherapy");

        // What the page's language menu does: the same page with the chosen language.
        screen.open(link + "&kc_locale=en");
        screen.heading("Invitation from Riverside Physiotherapy");
        screen.link("I have an account: log in").click();
        screen.heading("Sign in to book your appointments");

        // Chosen once, kept: the link opened again stays in English.
        screen.open(link);
        screen.heading("Invitation from Riverside Physiotherapy");
    }

    private String newPatient(String firstName) {
        return reception.create(patient(null, firstName, uniqueSurname("Landing"), "2016-03-14", null, null)).path("id").asText();
    }

    private String invitationLink(String patientId, String email, String locale) throws Exception {
        Map<String, Object> invitation = new HashMap<>(Map.of("email", email, "relationship", "PARENT"));
        if (locale != null) {
            invitation.put("locale", locale);
        }
        int mark = inbox.mark();
        ApiResponse invited = reception.post("/" + patientId + "/invitations", invitation);
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        inbox.awaitTo(email, mark);
        return Mails.link(inbox.lastTo(email), InvitationSupport.LINK_MARKER).replace("&amp;", "&");
    }

    private void logIn(String email) {
        screen.find(By.id("password")).sendKeys(ClinicRealm.PASSWORD);
        screen.find(By.id("kc-login")).click();
    }

    private String status(String patientId) {
        return reception.get("/" + patientId + "/invitations").json().get(0).path("status").asText();
    }
}
