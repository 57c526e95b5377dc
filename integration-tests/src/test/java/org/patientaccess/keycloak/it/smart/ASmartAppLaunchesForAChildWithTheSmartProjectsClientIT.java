package org.patientaccess.keycloak.it.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.SmartAppsClinicRealm;

/**
 * The demo's booking app, a browser app on the SMART project's own JavaScript client (fhirclient), in
 * a real browser against the realm: a standalone launch from the FHIR server's address alone (its
 * SMART configuration), the patient picker, the code exchange with PKCE, then Patient, RelatedPerson
 * and Consent read through the client across origins.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ASmartAppLaunchesForAChildWithTheSmartProjectsClientIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    private static DemoBookingApp app;

    @InjectRealm(config = SmartAppsClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @BeforeAll
    static void serveTheApp() {
        app = DemoBookingApp.start();
    }

    @AfterAll
    static void stopTheApp() {
        app.close();
    }

    @Test
    void aMotherChoosesHerDaughterAndTheAppReadsWhoActsForHerAndOnWhatTerms() {
        Reception reception = new Reception(urls.getBase(), realm.getName());
        String maria = reception.patient("Maria", "1984-06-02");
        String sofia = reception.patient("Sofia", "2014-03-09");
        reception.grant(maria, ClinicRealm.MOTHER, "SELF");
        String mariaForSofia = reception.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        String luisForSofia = reception.grant(sofia, ClinicRealm.FATHER, "PARENT");
        String fhirBase = SmartApps.fhirBase(urls.getBase(), realm.getName());
        Screen screen = chromium.screen();

        // How a SMART app is pointed at a FHIR server: its address in the launch URL (iss).
        screen.open(Browser.DEMO_BOOKING_APP_ORIGIN + "/?iss=" + PatientAccessApi.encode(fhirBase));
        screen.button("Sign in").click();
        PersonalData.used(ClinicRealm.MOTHER);
        screen.find(By.id("username")).sendKeys(ClinicRealm.MOTHER);
        screen.find(By.id("password")).sendKeys(ClinicRealm.PASSWORD);
        screen.find(By.id("kc-login")).click();
        screen.find(By.id("patient-picker"));
        Accessibility.assertNoSeriousViolations(screen.driver(), "the patient picker");
        screen.find(By.id("patient-" + sofia)).click();

        try {
            screen.waitUntil("showing Sofia's two consents", () -> rows(screen, "consents").size() == 2);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the page shows:\n" + screen.visibleText() + "\nconsole: " + chromium.consoleErrors(), e);
        }
        assertThat(screen.url()).startsWith(Browser.DEMO_BOOKING_APP_ORIGIN + "/");
        assertThat(screen.find(By.id("chosen")).getText()).startsWith("Booking for Sofia ").endsWith(", born March 9, 2014");
        assertThat(screen.find(By.id("fhir-user")).getText()).as("the ID token's fhirUser: she acts for Sofia as her parent")
                .isEqualTo(fhirBase + "/RelatedPerson/" + mariaForSofia);
        // The page writes "yourself" where client.user.fhirUser (fhirclient's reading of the ID token) is the row's RelatedPerson.
        assertThat(rows(screen, "related-persons")).hasSize(2)
                .anyMatch(row -> row.startsWith("yourself Parent ") && row.endsWith(" RelatedPerson/" + mariaForSofia))
                .anyMatch(row -> !row.startsWith("yourself") && row.endsWith(" RelatedPerson/" + luisForSofia));
        assertThat(rows(screen, "consents")).anyMatch(row -> row.startsWith("active ") && row.endsWith("Consent/" + mariaForSofia))
                .anyMatch(row -> row.startsWith("active ") && row.endsWith("Consent/" + luisForSofia));
        assertThat(screen.find(By.id("token-response")).getText()).contains("\"patient\": \"" + sofia + "\"", "\"need_patient_banner\": true");
        assertThat(rows(screen, "patients")).as("the patients claim, named by the clinic's API").hasSize(2);
        Accessibility.assertNoSeriousViolations(screen.driver(), "the booking app signed in");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    private static List<String> rows(Screen screen, String tableId) {
        return screen.driver().findElements(By.cssSelector("#" + tableId + " tbody tr")).stream().map(WebElement::getText).toList();
    }
}
