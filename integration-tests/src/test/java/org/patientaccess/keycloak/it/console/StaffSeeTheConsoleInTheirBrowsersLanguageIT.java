package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.KeycloakDefaultsStaffConsoleClinicRealm;

/**
 * A realm that offers French shows its login page, Keycloak's admin console and the clinic's own
 * pages in French to staff whose browser asks for it, and each page passes axe in French too.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffSeeTheConsoleInTheirBrowsersLanguageIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inFrench();

    @InjectRealm(config = KeycloakDefaultsStaffConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private Screen screen;
    private StaffConsole console;

    @BeforeEach
    void offerFrench() {
        realm.updateWithCleanup(r -> r.internationalizationEnabled(true).supportedLocales("en", "fr").defaultLocale("en"));
        screen = chromium.screen();
        console = new StaffConsole(screen, urls.getBase(), realm.getName());
    }

    @Test
    void aFrenchBrowserGetsTheLoginPageAndTheConsoleInFrench() {
        screen.open(console.url());
        screen.text("Connectez-vous à votre compte");
        screen.textbox("Nom d'utilisateur ou courriel");
        console.signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);

        screen.link("Utilisateurs");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the admin console in French");
    }

    @Test
    void aFrenchBrowserGetsTheClinicsPagesInFrench() {
        String surname = uniqueSurname("Francais");
        String name = "Chloé " + surname;
        String email = surname.toLowerCase() + "@family.test";
        PersonalData.used(email);
        PersonalData.usedPhone("416 555 0177");
        PatientAccessApi reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        String id = reception.create(patient(null, "Chloé", surname, "2016-07-14", null, "416 555 0177")).path("id").asText();
        // Her mother puts the email on the record (someone acting for her: it proves nothing), then the clinic confirms it.
        String grant = reception.post("/" + id + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT",
                "permissions", List.of("BOOK", "VIEW", "MANAGE_PROFILE"))).json().path("id").asText();
        PatientAccessApi mother = PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
        assertThat(mother.put("/patients/" + grant + "/contact", Map.of("email", email, "phone", "416 555 0177")).status()).isEqualTo(200);
        assertThat(reception.post("/" + id + "/email-confirmation", Map.of()).status()).isEqualTo(200);
        // A realm that does not verify new accounts' emails: no registration links by itself.
        realm.updateWithCleanup(r -> r.verifyEmail(false));
        console.signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);

        Screen clinic = screen.within(screen.find(By.cssSelector("nav[aria-label='Clinique']")));
        clinic.text("Clinique");
        clinic.link("Inscriptions en ligne").click();
        screen.heading("Inscriptions en ligne");
        screen.text("Dans ce domaine, aucune inscription en ligne n’est liée d’elle-même à un dossier");
        screen.text("Le domaine ne vérifie pas l’adresse courriel des nouveaux comptes : un courriel vérifié ne prouve donc rien sur la personne qui s’inscrit.");
        Accessibility.assertNoSeriousViolations(screen.driver(), "Online registrations in French");
        clinic.link("Fusions récentes").click();
        screen.heading("Fusions récentes");
        Accessibility.assertNoSeriousViolations(screen.driver(), "Recent merges in French");

        clinic.link("Patients").click();
        screen.heading("Patients");
        screen.button("Créer un patient");
        screen.textbox("Rechercher des patients").sendKeys(surname, Keys.ENTER);
        // Dates with the month's name in French, the clinic's (Canadian) numbers in national format.
        assertThat(screen.row(name).getText()).contains("14 juillet 2016", "(416) 555-0177");
        Accessibility.assertNoSeriousViolations(screen.driver(), "Patients in French");

        screen.link(name).click();
        screen.heading(name);
        screen.tab("Détails");
        screen.textbox("Nom de famille");
        screen.text("Saisi ou confirmé par la clinique.");
        screen.text("Au format AAAA-MM-JJ, par exemple 2019-04-23");
        screen.text("Majeur le 14 juillet 2034 ; 1 accès de tuteur prendra fin");
        Accessibility.assertNoSeriousViolations(screen.driver(), "a patient's Details in French");
        screen.tab("Comptes utilisateurs").click();
        screen.button("Ajouter un utilisateur");
        screen.text("Aucune invitation");
        screen.text("Fondement juridique");
        screen.text("Non renseigné");
        Accessibility.assertNoSeriousViolations(screen.driver(), "a patient's User accounts in French");
        screen.tab("Historique").click();
        screen.text("Dossier créé");
        screen.text("Courriel confirmé");
        Accessibility.assertNoSeriousViolations(screen.driver(), "a patient's History in French");
    }
}
