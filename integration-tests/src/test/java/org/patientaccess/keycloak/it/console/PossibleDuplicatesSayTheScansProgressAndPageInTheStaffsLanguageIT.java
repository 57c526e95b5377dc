package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.accessible;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

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
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * After a scan of a small clinic, Possible duplicates says how far the scan went as a percentage, not
 * as counts that are not the clinic's number of records (the scan reads each record once per way of
 * pairing it: 5 passes over 2 records read 10); and its paging speaks the staff member's language.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class PossibleDuplicatesSayTheScansProgressAndPageInTheStaffsLanguageIT {

    @RegisterExtension
    static final Chromium english = Chromium.inEnglish();

    @RegisterExtension
    static final Chromium french = Chromium.inFrench();

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @BeforeEach
    void aPairScanned() {
        PatientAccessApi staff = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        String surname = uniqueSurname("Tremblay");
        staff.create(patient(null, "Emma", surname, "1988-01-09", null, "416 555 0177"));
        staff.create(patient(null, "Ema", surname, "1988-01-09", null, "416 555 0177"));
        JsonNode scan = staff.scanForDuplicates();
        assertThat(scan.path("status").asText()).as(scan.toString()).isEqualTo("COMPLETED");
        assertThat(scan.path("total").asLong()).as("what the scan counts: records read over its passes").isGreaterThan(2);
    }

    @Test
    void theReceptionistReadsTheScanDoneAsAPercentage() {
        Screen screen = english.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        screen.link("Possible duplicates").click();
        screen.find(latestScanShows("Completed"));

        assertThat(progress(screen, "Progress")).isEqualTo("100%");
        assertThat(screen.visibleText()).doesNotContain("Records scanned", " records");
        assertThat(pagination(screen)).matches("\\d+ - \\d+ of \\d+");
        accessible(screen, "Possible duplicates after a scan");
    }

    @Test
    void aFrenchReceptionistReadsTheProgressAndThePagingInFrench() {
        Screen screen = french.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        screen.link("Doublons possibles").click();
        screen.find(latestScanShows("Terminée"));

        assertThat(progress(screen, "Avancement")).matches("100\\h%");
        assertThat(pagination(screen)).matches("\\d+ - \\d+ sur \\d+");
        // One page: the buttons are there, disabled, and named in French.
        assertThat(screen.all(By.cssSelector(".pf-v5-c-pagination button[aria-label='Page suivante']"))).isNotEmpty();
        accessible(screen, "Possible duplicates after a scan, in French");
    }

    /** The latest scan's progress, as its bar reads it out, found by the term that names it. */
    private static String progress(Screen screen, String term) {
        screen.find(By.xpath("//dt[normalize-space(.)='" + term + "']"));
        return screen.find(By.cssSelector("section[aria-labelledby='latest-scan-title'] [role='progressbar']"))
                .getAttribute("aria-valuetext");
    }

    /** What the paging above the pairs says of the page shown and their number. */
    private static String pagination(Screen screen) {
        return screen.find(By.cssSelector(".pf-v5-c-pagination .pf-v5-c-menu-toggle__text, .pf-v5-c-pagination__total-items"))
                .getText().replaceAll("\\s+", " ").trim();
    }

    /** The status of the latest scan, in words. */
    private static By latestScanShows(String status) {
        return By.xpath("//section[@aria-labelledby='latest-scan-title']//*[normalize-space(.)='" + status + "']");
    }
}
