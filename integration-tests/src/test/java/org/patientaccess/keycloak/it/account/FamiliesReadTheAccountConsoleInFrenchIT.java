package org.patientaccess.keycloak.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.AccountConsole;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.Screenshots;
import org.patientaccess.keycloak.it.support.realm.AccountConsoleClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * A French browser gets Family & access in French, Keycloak's menu around it in French too, and so
 * the request to confirm the email someone acting for her put on her own record.
 */
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
        // Her own record, whose email Rosa (a caregiver who manages its profile) put there.
        String maria = reception.patient("Maria", "Garcia", "1984-06-02");
        reception.grant(maria, ClinicRealm.MOTHER, "SELF");
        String grandmothers = reception.grant(maria, ClinicRealm.GRANDMOTHER, "CAREGIVER", "BOOK", "VIEW", "MANAGE_PROFILE");
        assertThat(PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD)
                .put("/patients/" + grandmothers + "/contact", Map.of("email", ClinicRealm.MOTHER, "phone", "")).status()).isEqualTo(200);
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD, AccountConsole.PERSONAL_INFO);

        screen.link("Famille et accès").click();

        screen.heading("Famille et accès");
        assertThat(screen.within(screen.table("Personnes pour qui je peux agir")).row("Sofia Garcia").getText())
                .contains("Parent", "Prendre rendez-vous", "Gérer le profil", "9 mars 2032");
        screen.text("Aucune invitation ne vous attend.");
        assertThat(screen.within(screen.table("Qui peut agir pour moi")).row("Rosa Hernandez").getText()).contains("Aidant", "Sans date de fin");
        assertThat(screen.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        Screenshots.save(screen.driver(), "account-family-access-fr");
        Accessibility.assertNoSeriousViolations(screen.driver(), "Family & access in French");

        screen.text("Une personne qui agit pour vous a inscrit " + ClinicRealm.MOTHER + " à votre dossier à la clinique");
        screen.text("Si c’est votre adresse courriel, confirmez-la. Sinon, demandez à la clinique de la corriger.");
        screen.button("Confirmer").click();
        screen.text(ClinicRealm.MOTHER + " est confirmée comme votre adresse courriel à la clinique");

        screen.within(screen.row("Sofia Garcia")).button("Corriger les coordonnées").click();
        screen.within(screen.dialog("Coordonnées de Sofia Garcia")).text(
                "Si vous changez l’adresse courriel, la clinique en avise l’ancienne adresse, et la nouvelle doit être confirmée par la clinique ou par le patient.");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the contact dialog in French");
    }
}
