package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.accessible;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.pictured;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.ByRole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Keyboard;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * Staff of the demo clinic (whose admin theme is ours) scan the clinic's records for duplicates on
 * the Possible duplicates page, compare a pair side by side, merge one choosing a field and mark
 * another as not the same person, which a second scan does not propose again; the records office,
 * which may only view users, sees the pairs and no action.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class PossibleDuplicatesAreMergedOrDismissedByStaffIT {

    static final String STAFF = ReceptionistMergesAnOnlineRegistrationIT.STAFF;
    static final String STAFF_PASSWORD = ReceptionistMergesAnOnlineRegistrationIT.STAFF_PASSWORD;
    static final String VIEW_ONLY = ViewOnlyStaffSeeNoActionsIT.VIEW_ONLY;
    static final String VIEW_ONLY_PASSWORD = ViewOnlyStaffSeeNoActionsIT.VIEW_ONLY_PASSWORD;
    private static final String NOT_THE_SAME_PERSON = "Not the same person";
    /** A scan of the few records of a test's realm; generous for two busy cores. */
    private static final Duration SCAN_PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi staff;
    private PatientAccessApi duplicates;

    @BeforeEach
    void signIn() {
        staff = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), STAFF, STAFF_PASSWORD);
        duplicates = staff.at("/admin/realms/" + realm.getName() + "/patient-access/duplicates");
    }

    @Test
    void aReceptionistScansComparesAPlantedPairSideBySideAndMergesItTakingOneField() {
        String smith = uniqueSurname("Smith");
        String smyth = "Smyth" + smith.substring("Smith".length());
        String john = "John " + smith;
        String jon = "Jon " + smyth;
        String jonsEmail = smyth.toLowerCase() + "@family.test";
        String johnsRecord = staff.create(patient(null, "John", smith, "1984-06-12", null, "416 555 0142")).path("id").asText();
        String jonsRecord = staff.create(patient(null, "Jon", smyth, "1984-06-12", jonsEmail, "416 555 0142")).path("id").asText();

        Screen screen = chromium.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(STAFF, STAFF_PASSWORD);
        screen.link("Possible duplicates").click();
        screen.heading("Possible duplicates");
        screen.button("Scan for duplicates").click();
        screen.find(latestScanShows("Running"));
        awaitScanCompleted(screen);

        WebElement row = pairRow(screen, john, jon);
        assertThat(row.getText()).contains("June 12, 1984", "First name, Last name, Email");
        pictured(screen, "console-possible-duplicates", "Possible duplicates after a scan");

        WebElement pairLink = screen.within(row).find(By.tagName("a"));
        String pairName = pairLink.getText();
        assertThat(pairName).as("the pair named by both records").contains(john, jon);
        pairLink.click();
        screen.heading(pairName);
        Screen comparison = screen.within(screen.table("The two records side by side"));
        assertThat(comparison.row("First name").getText()).contains("Differs", "John", "Jon");
        assertThat(comparison.row("Last name").getText()).contains("Differs");
        assertThat(comparison.row("Birth date").getText()).doesNotContain("Differs");
        assertThat(comparison.row("Phone").getText()).doesNotContain("Differs").contains("(416) 555-0142");
        pictured(screen, "console-duplicate-comparison", "a possible duplicate side by side");

        screen.find(By.xpath("//input[@name='survivor'][@id=//label[contains(., '" + john + "')]/@for]")).click();
        screen.text("The record kept has no value for Email: the merge fills it from the other record.");
        screen.find(By.id("merge-firstName-take")).click();
        screen.button("Merge").click();
        Screen confirmation = screen.within(screen.dialog("Merge these records?"));
        confirmation.text("The record kept takes the other record’s value for: First name.");
        accessible(screen, "the confirmation of a duplicate's merge");
        confirmation.button("Merge").click();

        screen.text(jon + " was merged into Jon " + smith + "’s record");
        JsonNode survivor = staff.get("/" + johnsRecord).json();
        assertThat(survivor.path("firstName").asText()).as("the field taken").isEqualTo("Jon");
        assertThat(survivor.path("lastName").asText()).as("the field kept").isEqualTo(smith);
        assertThat(survivor.path("email").asText()).as("filled from the other record").isEqualTo(jonsEmail);
        assertThat(staff.get("/" + jonsRecord).json().path("id").asText()).as("the merged record answers with its survivor").isEqualTo(johnsRecord);
        awaitList(screen);
        assertThat(screen.shows(ByRole.row(pairName))).as("the merged pair left the list").isFalse();

        screen.link("Open Jon " + smith + "’s record").click();
        screen.heading("Jon " + smith);
    }

    @Test
    void aReceptionistAtTheKeyboardMarksAPairAsNotTheSamePersonAndASecondScanDoesNotProposeItAgain() {
        String surname = uniqueSurname("Lopez");
        String email = surname.toLowerCase() + "@family.test";
        String ana = staff.create(patient(null, "Ana", surname, "1990-11-03", email, null)).path("id").asText();
        String anna = staff.create(patient(null, "Anna", surname, "1990-11-03", email, null)).path("id").asText();
        scanAndWait();
        assertThat(pairOf(ana, anna)).as("the planted pair, found by the scan").isNotNull();

        Screen screen = chromium.screen();
        Keyboard keyboard = new Keyboard(screen.driver());
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(STAFF, STAFF_PASSWORD);
        keyboard.tabTo(screen.link("Possible duplicates"));
        keyboard.press(Keys.ENTER);
        awaitScanCompleted(screen);
        WebElement pairLink = screen.within(pairRow(screen, "Ana " + surname, "Anna " + surname)).find(By.tagName("a"));
        String pairName = pairLink.getText();
        keyboard.tabTo(pairLink);
        keyboard.press(Keys.ENTER);
        screen.heading(pairName);

        WebElement dismiss = keyboard.tabTo(screen.button(NOT_THE_SAME_PERSON));
        keyboard.press(Keys.ENTER);
        WebElement dialog = screen.dialog("Not the same person?");
        keyboard.assertFocusWithin(dialog, "the focus in the confirmation");
        accessible(screen, "the confirmation of not the same person");
        keyboard.press(Keys.ESCAPE);
        screen.waitUntilGone(ByRole.dialog("Not the same person?"));
        keyboard.assertFocused(dismiss, "the focus back on Not the same person after Escape");

        keyboard.press(Keys.SPACE);
        keyboard.tabTo(screen.within(screen.dialog("Not the same person?")).button(NOT_THE_SAME_PERSON));
        keyboard.press(Keys.ENTER);
        screen.text(pairName + " are marked as not the same person");
        assertThat(pairOf(ana, anna)).as("a dismissed pair leaves the list at once").isNull();

        scanAndWait();
        assertThat(pairOf(ana, anna)).as("the dismissed pair, after a second scan").isNull();
        new StaffConsole(screen, urls.getBase(), realm.getName()).open("possible-duplicates");
        awaitScanCompleted(screen);
        awaitList(screen);
        assertThat(screen.shows(ByRole.text("Ana " + surname))).as("the dismissed pair on the page after a second scan").isFalse();
    }

    @Test
    void theRecordsOfficeSeesThePairsSideBySideWithoutAnyAction() {
        String surname = uniqueSurname("Kowalska");
        String marta = staff.create(patient(null, "Marta", surname, "1972-02-29", null, "416 555 0187")).path("id").asText();
        String martha = staff.create(patient(null, "Martha", surname, "1972-02-29", null, "416 555 0187")).path("id").asText();
        scanAndWait();
        assertThat(pairOf(marta, martha)).as("the planted pair, found by the scan").isNotNull();

        Screen screen = chromium.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(VIEW_ONLY, VIEW_ONLY_PASSWORD);
        screen.link("Possible duplicates").click();
        awaitScanCompleted(screen);
        WebElement row = pairRow(screen, "Marta " + surname, "Martha " + surname);
        accessible(screen, "Possible duplicates, view-only");
        assertThat(screen.shows(ByRole.button("Scan for duplicates"))).as("the scan button shown to view-only staff").isFalse();

        screen.within(row).find(By.tagName("a")).click();
        screen.table("The two records side by side");
        accessible(screen, "a possible duplicate side by side, view-only");
        for (By action : List.of(ByRole.button("Merge"), ByRole.button(NOT_THE_SAME_PERSON), By.name("survivor"))) {
            assertThat(screen.shows(action)).as(action + " shown to view-only staff").isFalse();
        }
    }

    /** The page's latest scan shows as completed (a scan started there is followed until it ends). */
    private static void awaitScanCompleted(Screen screen) {
        screen.find(latestScanShows("Completed"));
    }

    /** The status of the latest scan, in words. */
    private static By latestScanShows(String status) {
        return By.xpath("//section[@aria-labelledby='latest-scan-title']//*[normalize-space(.)='" + status + "']");
    }

    /** The list of pairs has loaded: its table, or that it has none. */
    private static void awaitList(Screen screen) {
        screen.find(By.xpath("//table[@aria-label='Possible duplicates'] | //h2[normalize-space(.)='No possible duplicates']"));
    }

    /** The list's row of the pair whose two records show these names. */
    private static WebElement pairRow(Screen screen, String one, String other) {
        return screen.within(screen.table("Possible duplicates"))
                .find(By.xpath(".//tbody/tr[contains(., '" + one + "') and contains(., '" + other + "')]"));
    }

    /** Starts a scan through the API and waits until it is no longer running. */
    private void scanAndWait() {
        ApiResponse started = duplicates.post("/scan", Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Instant deadline = Instant.now().plus(SCAN_PATIENCE);
        while (true) {
            JsonNode scan = duplicates.get("/scan").json();
            if (!"RUNNING".equals(scan.path("status").asText())) {
                assertThat(scan.path("status").asText()).as(scan.toString()).isEqualTo("COMPLETED");
                return;
            }
            assertThat(Instant.now()).as("the scan still running after " + SCAN_PATIENCE).isBefore(deadline);
            sleep(Duration.ofMillis(500));
        }
    }

    /** The listed pair of these two records, or null. */
    private JsonNode pairOf(String one, String other) {
        ApiResponse list = duplicates.get("?max=100");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode pair : list.json().path("pairs")) {
            List<String> ids = List.of(pair.path("a").path("id").asText(), pair.path("b").path("id").asText());
            if (ids.contains(one) && ids.contains(other)) {
                return pair;
            }
        }
        return null;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
