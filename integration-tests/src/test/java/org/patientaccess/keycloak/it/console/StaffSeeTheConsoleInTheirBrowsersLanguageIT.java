package org.patientaccess.keycloak.it.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.StaffConsoleClinicRealm;

/** A realm that offers French shows its login page and admin console in French to staff whose browser asks for it. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffSeeTheConsoleInTheirBrowsersLanguageIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inFrench();

    @InjectRealm(config = StaffConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void aFrenchBrowserGetsTheLoginPageAndTheConsoleInFrench() {
        realm.updateWithCleanup(r -> r.internationalizationEnabled(true).supportedLocales("en", "fr").defaultLocale("en"));
        Screen screen = chromium.screen();
        StaffConsole console = new StaffConsole(screen, urls.getBase(), realm.getName());

        screen.open(console.url());
        screen.text("Connectez-vous à votre compte");
        screen.textbox("Nom d'utilisateur ou courriel");
        console.signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);

        screen.link("Utilisateurs");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the admin console in French");
    }
}
