package org.patientaccess.keycloak.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.patientaccess.keycloak.it.support.browser.ByRole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.Screenshots;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.realm.AccountConsoleClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * A parent adds a dependent on Family & access; the clinic's staff then find it in Online registrations.
 * At the clinic's limits (dependents per account, per day) the next one is refused in words.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ParentsAddADependentInTheAccountConsoleIT {

    static final String MAX_PER_ACCOUNT = "patientAccess.maxDependentsPerAccount";
    static final String MAX_PER_DAY = "patientAccess.maxDependentsPerDay";

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = AccountConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void aFatherAddsHisNewbornWhoWaitsForStaffAndIsListedAsHisWardAtOnce() {
        PersonalData.used("Nina", "2025-10-20");
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.FATHER, ClinicRealm.PASSWORD, AccountConsole.FAMILY_ACCESS);
        screen.text("The clinic will check the details against its records before it confirms them.");

        screen.button("Add a dependent").click();
        Screen dialog = screen.within(screen.dialog("Add a dependent"));
        dialog.text("The clinic will check these details against its records.");
        dialog.button("Add").click();
        assertThat(dialog.all(ByRole.text("Required"))).as("each required field says so, under it").hasSize(3);
        Accessibility.assertNoSeriousViolations(screen.driver(), "the dependent dialog with missing fields");
        dialog.fill("First name", "Nina").fill("Last name", "Garcia").fill("Birth date", "2025-10-20");
        dialog.button("Add").click();

        screen.text("Nina Garcia is added");
        screen.text("The clinic will check these details against its records. You can act for this person at once");
        assertThat(screen.within(screen.table("People I can act for")).row("Nina Garcia").getText()).contains("Guardian");
        JsonNode registration = new Reception(urls.getBase(), realm).pendingRegistrations().get(0);
        assertThat(registration.path("relationship").asText()).isEqualTo("GUARDIAN");
        assertThat(registration.path("username").asText()).isEqualTo(ClinicRealm.FATHER);
        assertThat(registration.path("claimed").path("firstName").asText()).isEqualTo("Nina");
        assertThat(registration.path("claimed").path("birthDate").asText()).isEqualTo("2025-10-20");

        // The clinic lets an account add one dependent: a second is refused, in words, and nothing is added.
        realm.updateWithCleanup(r -> r.attribute(MAX_PER_ACCOUNT, "1"));
        PersonalData.used("Pia", "2024-02-11");
        screen.button("Add a dependent").click();
        Screen second = screen.within(screen.dialog("Add a dependent"));
        second.fill("First name", "Pia").fill("Last name", "Garcia").fill("Birth date", "2024-02-11");
        second.button("Add").click();
        second.text("You cannot add more dependents");
        second.text("You already act for as many dependents as an account may add. To add another, ask the clinic.");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the dependent dialog at the limit of dependents");

        // Allowed more, but only one a day: the second of the day is refused until the day is over.
        realm.updateWithCleanup(r -> r.attribute(MAX_PER_ACCOUNT, "10").attribute(MAX_PER_DAY, "1"));
        second.button("Add").click();
        second.text("You have added as many dependents as you may in one day");
        second.text("Nothing was added. You can try again after ");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the dependent dialog at the day's limit");
        Screenshots.save(screen.driver(), "account-dependents-day-limit");
        assertThat(screen.shows(ByRole.row("Pia Garcia"))).as("nothing added").isFalse();
        assertThat(new Reception(urls.getBase(), realm).pendingRegistrations()).hasSize(1);
    }
}
