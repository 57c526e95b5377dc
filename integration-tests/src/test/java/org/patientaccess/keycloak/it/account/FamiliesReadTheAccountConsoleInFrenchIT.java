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
import org.patientaccess.keycloak.it.support.browser.Screenshots;
import org.patientaccess.keycloak.it.support.realm.AccountConsoleClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/** A French browser gets Family & access in French, Keycloak's menu around it in French too. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class FamiliesReadTheAccountConsoleInFrenchIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inFrench();

    @InjectRealm(config = AccountConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void aMotherReadsWhomSheActsForInFrench() {
        Reception reception = new Reception(urls.getBase(), realm);
        reception.grant(reception.patient("Sofia", "Garcia", "2014-03-09"), ClinicRealm.MOTHER, "PARENT", "BOOK", "VIEW", "MANAGE_PROFILE");
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD, AccountConsole.PERSONAL_INFO);

        screen.link("Famille et accès").click();

        screen.heading("Famille et accès");
        assertThat(screen.within(screen.table("Personnes pour qui je peux agir")).row("Sofia Garcia").getText())
                .contains("Parent", "Prendre rendez-vous", "Gérer le profil", "Sans date de fin");
        screen.text("Aucune invitation ne vous attend.");
        screen.text("Personne d’autre ne peut agir pour vous.");
        assertThat(screen.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        Screenshots.save(screen.driver(), "account-family-access-fr");
        Accessibility.assertNoSeriousViolations(screen.driver(), "Family & access in French");

        screen.within(screen.row("Sofia Garcia")).button("Corriger les coordonnées").click();
        screen.dialog("Coordonnées de Sofia Garcia");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the contact dialog in French");
    }
}
