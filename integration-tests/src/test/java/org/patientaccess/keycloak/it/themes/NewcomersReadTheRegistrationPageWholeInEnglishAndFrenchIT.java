package org.patientaccess.keycloak.it.themes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * A newcomer opens the clinic's registration page in their browser's language, English or French: every
 * word as written (the French « l'indicatif », which Keycloak's MessageFormat once swallowed into
 * « lindicatif »), no script error in the browser's console (Keycloak's password check once looked for
 * a password field this form does not have), and no serious axe-core violation, before and after a
 * phone number the form refuses.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class NewcomersReadTheRegistrationPageWholeInEnglishAndFrenchIT {

    @RegisterExtension
    static final Chromium english = Chromium.inEnglish();

    @RegisterExtension
    static final Chromium french = Chromium.inFrench();

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void anEnglishNewcomerReadsThePhoneHelpAndItsErrorWithoutAScriptError() {
        Screen screen = english.screen();
        screen.open(registrationUrl());

        screen.heading("Create your account");
        screen.text("With the area code, e.g. (416) 555-0134");
        assertCleanAndAccessible(english, "the registration page in English");

        refusedPhone(screen, "Phone number");
        screen.text("Please enter a phone number: digits, spaces, brackets and dashes, with + for a country code.");
        assertCleanAndAccessible(english, "the registration page in English, with its errors");
    }

    @Test
    void aFrenchNewcomerReadsLIndicatifWithItsApostropheAndNoScriptError() {
        Screen screen = french.screen();
        screen.open(registrationUrl());

        screen.heading("Créez votre compte");
        screen.text("Avec l'indicatif régional, par ex. (514) 555-0199");
        assertThat(screen.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertCleanAndAccessible(french, "the registration page in French");

        refusedPhone(screen, "Numéro de téléphone");
        screen.text("Veuillez saisir un numéro de téléphone : chiffres, espaces, parenthèses et tirets, avec + pour l'indicatif pays.");
        assertCleanAndAccessible(french, "the registration page in French, with its errors");
    }

    /** Keycloak's registration endpoint, which an application links to for a new account. */
    private String registrationUrl() {
        String base = urls.getBase();
        return base + "/realms/" + realm.getName() + "/protocol/openid-connect/registrations"
                + "?client_id=account-console&response_type=code&scope=openid&code_challenge_method=S256"
                + "&code_challenge=" + "x".repeat(43)
                + "&redirect_uri=" + PatientAccessApi.encode(base + "/realms/" + realm.getName() + "/account/");
    }

    /** Sends the form with only a phone number the realm's pattern refuses (no person's data). */
    private static void refusedPhone(Screen screen, String label) {
        screen.fill(label, "not a phone");
        screen.find(By.cssSelector("#kc-register-form [type=submit]")).click();
    }

    private static void assertCleanAndAccessible(Chromium chromium, String page) {
        assertThat(chromium.screen().visibleText()).as(page).doesNotContainIgnoringCase("lindicatif");
        assertThat(chromium.consoleErrors()).as("the console of " + page).isEmpty();
        Accessibility.assertNoSeriousViolations(chromium.driver(), page);
    }
}
