package org.patientaccess.keycloak.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.browser.AccountConsole;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.realm.AccountConsoleClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/** A French browser gets the Activity page in French, from the menu to each entry's words. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class FamiliesReadTheirActivityInFrenchIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inFrench();

    @InjectRealm(config = AccountConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void aMotherReadsHerDaughtersActivityInFrench() {
        Reception reception = new Reception(urls.getBase(), realm);
        String sofia = reception.patient("Sofia", "Garcia", "2014-03-09");
        reception.grant(sofia, ClinicRealm.MOTHER, "PARENT", "BOOK", "VIEW");
        reception.grant(sofia, ClinicRealm.FATHER, "GUARDIAN", "BOOK");
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD, AccountConsole.PERSONAL_INFO);

        screen.link("Activité").click();

        screen.heading("Activité");
        screen.text("Ce qui a été fait en votre nom");
        assertThat(screen.within(screen.table("Activité de Sofia Garcia")).row("Compte : Luis Garcia · Tuteur").getText())
                .contains("La clinique", "Accès donné");
        assertThat(screen.row("Dossier créé").getText()).contains("La clinique");
        screen.button("Exporter en CSV");
        Accessibility.assertNoSeriousViolations(screen.driver(), "Activity in French");
    }
}
