package org.patientaccess.keycloak.it.account;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.patientaccess.keycloak.it.support.browser.AccountConsole;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.ByRole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Keyboard;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.Screenshots;
import org.patientaccess.keycloak.it.support.realm.AccountConsoleClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * A mother reads, on the account console's Activity page, what was done in her name and in her
 * daughter's: the clinic never named, her daughter's father by name; a page at a time, newest first,
 * with the keyboard alone, and exports it.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class FamiliesReadTheirActivityInTheAccountConsoleIT {

    /** Enough changes to Sofia's access for a second page of 20. */
    private static final int FATHERS_GRANTS = 11;

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = AccountConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void aMotherReadsWhatWasDoneInHerNameAndHerDaughtersWithTheKeyboard() {
        Reception reception = new Reception(urls.getBase(), realm);
        String maria = reception.patient("Maria", "Garcia", "1984-06-02");
        reception.grant(maria, ClinicRealm.MOTHER, "SELF");
        String sofia = reception.patient("Sofia", "Garcia", "2014-03-09");
        reception.grant(sofia, ClinicRealm.MOTHER, "PARENT", "BOOK", "VIEW");
        for (int i = 0; i < FATHERS_GRANTS; i++) {
            reception.end(sofia, reception.grant(sofia, ClinicRealm.FATHER, "PARENT", "BOOK"));
        }
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD, AccountConsole.ACTIVITY);

        screen.heading("Activity");
        assertThat(screen.within(screen.table("Activity of Myself (Maria Garcia)")).row("Account: You · Myself").getText())
                .contains("The clinic", "Access given");
        assertThat(screen.row("Record created").getText()).contains("The clinic");
        assertThat(screen.visibleText()).doesNotContain("Rita", ClinicRealm.RECEPTIONIST);
        Accessibility.assertNoSeriousViolations(screen.driver(), "Activity");

        Keyboard keyboard = new Keyboard(screen.driver());
        keyboard.tabTo(screen.find(ByRole.select("Person")));
        keyboard.press("S");
        screen.table("Activity of Sofia Garcia");
        assertThat(screen.row("Access ended").getText()).contains("The clinic", "Account: Luis Garcia · ended by the clinic");
        screen.text("Entries 1 to 20");
        Screenshots.save(screen.driver(), "account-activity");
        Accessibility.assertNoSeriousViolations(screen.driver(), "a daughter's Activity");

        keyboard.tabTo(screen.button("Older entries")).sendKeys(Keys.ENTER);
        screen.text("Entries 21 to " + (2 * FATHERS_GRANTS + 2));
        assertThat(screen.row("Record created").getText()).contains("The clinic");
        keyboard.tabBackTo(screen.button("Export CSV")).sendKeys(Keys.ENTER);
        screen.button("Newer entries").click();
        screen.text("Entries 1 to 20");
        assertThat(screen.shows(By.xpath("//*[contains(., 'The export could not be downloaded')]"))).isFalse();
    }
}
