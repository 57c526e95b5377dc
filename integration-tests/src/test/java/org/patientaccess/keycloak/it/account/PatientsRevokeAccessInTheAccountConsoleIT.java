package org.patientaccess.keycloak.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.browser.AccountConsole;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.ByRole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.realm.AccountConsoleClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/** A patient sees who acts for them on Family & access and ends it, under the rules for minors. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class PatientsRevokeAccessInTheAccountConsoleIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = AccountConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private Reception reception;

    @BeforeEach
    void clinic() {
        reception = new Reception(urls.getBase(), realm);
    }

    @Test
    void aGrownUpDaughterRevokesHerMothersAccessAndStaffSeeItEnded() {
        String elena = reception.patient("Elena", "Garcia", "1999-04-12");
        reception.grant(elena, AccountConsoleClinicRealm.ADULT_CHILD, "SELF");
        reception.grant(elena, ClinicRealm.MOTHER, "GUARDIAN");
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName())
                .signIn(AccountConsoleClinicRealm.ADULT_CHILD, ClinicRealm.PASSWORD, AccountConsole.FAMILY_ACCESS);
        WebElement mother = screen.within(screen.table("Who can act for me")).row("Maria Garcia");
        assertThat(mother.getText()).contains(ClinicRealm.MOTHER, "Guardian");

        screen.within(mother).button("Revoke").click();
        Screen confirm = screen.within(screen.dialog("Revoke the access of Maria Garcia?"));
        Accessibility.assertNoSeriousViolations(screen.driver(), "the revoke confirmation");
        confirm.button("Revoke").click();

        screen.text("No one else can act for you.");
        assertThat(reception.accounts(elena)).extracting(account -> account.path("email").asText())
                .containsExactly(AccountConsoleClinicRealm.ADULT_CHILD);
    }

    @Test
    void aMinorSeesWhyTheyCannotEndTheirParentsAccessAndNoRevokeButton() {
        String teo = reception.patient("Teo", "Garcia", "2012-09-01");
        reception.grant(teo, AccountConsoleClinicRealm.MINOR, "SELF");
        reception.grant(teo, ClinicRealm.MOTHER, "PARENT");
        reception.grant(teo, ClinicRealm.GRANDMOTHER, "CAREGIVER");
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName())
                .signIn(AccountConsoleClinicRealm.MINOR, ClinicRealm.PASSWORD, AccountConsole.FAMILY_ACCESS);

        Screen whoActsForMe = screen.within(screen.table("Who can act for me"));
        WebElement mother = whoActsForMe.row("Maria Garcia");
        // A parent's access ends the day Teo turns 18, as the coming-of-age notice says; a caregiver's stays.
        assertThat(mother.getText()).contains("Parent", "September 1, 2030", "Only the clinic can end a parent's or guardian's access while you are a minor.");
        assertThat(whoActsForMe.row("Rosa Hernandez").getText()).contains("Caregiver", "No end date");
        assertThat(screen.within(mother).shows(ByRole.button("Revoke"))).isFalse();
        assertThat(screen.within(whoActsForMe.row("Rosa Hernandez")).button("Revoke").isDisplayed())
                .as("a minor may end a caregiver's access").isTrue();
        Accessibility.assertNoSeriousViolations(screen.driver(), "Family & access of a minor");
    }
}
