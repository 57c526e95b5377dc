package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.JavascriptExecutor;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.Screenshots;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.KeycloakDefaultsStaffConsoleClinicRealm;

/** Staff sign in to their realm's admin console with their own account, in a real browser. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffSignInToTheAdminConsoleIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = KeycloakDefaultsStaffConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void theReceptionistSignsInAndFindsTheRealmsUsersInTheNavigation() {
        Screen screen = chromium.screen();

        StaffConsole console = new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);

        System.out.printf("Admin console signed in and loaded in %d ms%n", console.signInTime().toMillis());
        Screenshots.save(screen.driver(), "admin-console-signed-in");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the page staff land on");

        screen.link("Users").click();

        assertThat(screen.row(ClinicRealm.MOTHER).getText()).contains("Garcia", "Maria");
        assertThat(screen.url()).endsWith("#/" + realm.getName() + "/users");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the admin console's Users page");
    }

    @Test
    void theAccessibilityCheckNamesEachSeriousViolationAndWhereItIs() {
        Screen screen = chromium.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);

        ((JavascriptExecutor) screen.driver()).executeScript(
                "const button = document.createElement('button'); button.id = 'unnamed'; document.querySelector('main').append(button);");

        assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(screen.driver(), "a page with a button without a name"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a page with a button without a name")
                .hasMessageContaining("button-name (critical): Buttons must have discernible text")
                .hasMessageContaining("#unnamed");
    }
}
