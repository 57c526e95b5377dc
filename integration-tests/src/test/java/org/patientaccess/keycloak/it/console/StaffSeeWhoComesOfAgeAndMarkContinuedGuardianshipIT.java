package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.accessible;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.pictured;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.ByRole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Keyboard;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * Staff of the demo clinic open Coming of age, see a teenager whose parent's access ends soon, and on
 * the patient's page mark the record as needing continued guardianship (a missing reason is said in
 * words); the records office, which may only view users, reads the mark and finds no action.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffSeeWhoComesOfAgeAndMarkContinuedGuardianshipIT {

    static final String STAFF = ReceptionistMergesAnOnlineRegistrationIT.STAFF;
    static final String STAFF_PASSWORD = ReceptionistMergesAnOnlineRegistrationIT.STAFF_PASSWORD;
    static final String VIEW_ONLY = ViewOnlyStaffSeeNoActionsIT.VIEW_ONLY;
    static final String VIEW_ONLY_PASSWORD = ViewOnlyStaffSeeNoActionsIT.VIEW_ONLY_PASSWORD;
    private static final String PARENT = "maria.garcia@example.com";
    private static final String REASON = "Lifelong care plan agreed with the family";

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi staff;

    @BeforeEach
    void signIn() {
        PersonalData.used(REASON, PARENT);
        staff = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), STAFF, STAFF_PASSWORD);
    }

    @Test
    void aReceptionistSeesWhoComesOfAgeSoonAndMarksContinuedGuardianshipFromThePatientsPage() {
        String surname = uniqueSurname("Navarro");
        String name = "Lucia " + surname;
        String birthDate = LocalDate.now(ZoneOffset.UTC).plusDays(12).minusYears(18).toString();
        String lucia = staff.create(patient(null, "Lucia", surname, birthDate, null, null)).path("id").asText();
        assertThat(staff.post("/" + lucia + "/accounts", Map.of("email", PARENT, "relationship", "PARENT")).status()).isEqualTo(201);

        Screen screen = chromium.screen();
        Keyboard keyboard = new Keyboard(screen.driver());
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(STAFF, STAFF_PASSWORD);
        keyboard.tabTo(screen.link("Coming of age"));
        keyboard.press(Keys.ENTER);
        screen.heading("Coming of age");
        WebElement row = screen.row(name);
        // Dates with the month's name, as everywhere in the console (never 12/01/1978, two different days in Canada).
        assertThat(row.getText()).contains(inWords(LocalDate.parse(birthDate)), inWords(LocalDate.parse(birthDate).plusYears(18)), "Not yet");
        pictured(screen, "console-coming-of-age", "Coming of age");

        screen.link(name).click();
        screen.heading(name);
        screen.text("Not marked as needing continued guardianship.");
        assertThat(screen.text("1 guardian grant will end").getText()).contains("Comes of age on");
        pictured(screen, "console-patient-coming-of-age", "a minor's page with the coming-of-age notice");

        screen.button("Mark continued guardianship").click();
        Screen dialog = screen.within(screen.dialog("Continued guardianship"));
        accessible(screen, "the continued-guardianship dialog");
        dialog.button("Save").click();
        dialog.text("reason is required");
        dialog.fill("Reason", REASON);
        dialog.button("Save").click();
        screen.waitUntilGone(ByRole.dialog("Continued guardianship"));

        screen.text("Continued guardianship: " + REASON + " (set by " + STAFF);
        assertThat(screen.text("1 guardian grant stays (continued guardianship)").getText()).contains("Comes of age on");
        assertThat(staff.get("/" + lucia + "/coming-of-age").json().path("continuedGuardianship").path("reason").asText()).isEqualTo(REASON);
        screen.button("Clear continued guardianship").click();
        screen.text("Not marked as needing continued guardianship.");
        assertThat(staff.get("/" + lucia + "/coming-of-age").json().has("continuedGuardianship")).isFalse();
    }

    @Test
    void aMinorWithoutParentOrGuardianIsToldSoRatherThanThatZeroGrantsWillEnd() {
        String surname = uniqueSurname("Ortega");
        String name = "Ines " + surname;
        LocalDate birthDate = LocalDate.now(ZoneOffset.UTC).plusDays(20).minusYears(18);
        String ines = staff.create(patient(null, "Ines", surname, birthDate.toString(), null, null)).path("id").asText();

        Screen screen = chromium.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(STAFF, STAFF_PASSWORD).open("patients/" + ines + "/details");
        screen.heading(name);
        assertThat(screen.text("no parent’s or guardian’s access to end").getText())
                .contains("Comes of age on " + inWords(birthDate.plusYears(18)) + "; no parent’s or guardian’s access to end");
        assertThat(screen.shows(ByRole.text("0 guardian grants"))).isFalse();
        accessible(screen, "a minor's page without parent or guardian");
    }

    @Test
    void staffSeeTheClinicsAgeBandsInWordsTheBandDaysComingAndASettingTheyMistyped() {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.ageBands", "adolescent-confidentiality"));
        String surname = uniqueSurname("Molina");
        String name = "Alba " + surname;
        LocalDate twelfth = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        String alba = staff.create(patient(null, "Alba", surname, twelfth.minusYears(12).toString(), null, null)).path("id").asText();
        assertThat(staff.post("/" + alba + "/accounts", Map.of("email", PARENT, "relationship", "PARENT")).status()).isEqualTo(201);

        Screen screen = chromium.screen();
        StaffConsole console = new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(STAFF, STAFF_PASSWORD);
        console.open("coming-of-age");
        screen.heading("Coming of age");
        screen.text("Age bands: from 12, parents and guardians keep only: Book appointments.");
        screen.button("Age bands").click();
        WebElement row = screen.row(name);
        assertThat(row.getText()).contains(inWords(twelfth), "from 12, parents and guardians keep only: Book appointments", "Not yet");
        accessible(screen, "Coming of age listing the band days");

        realm.updateWithCleanup(r -> r.attribute("patientAccess.ageBands", "12=EVERYTHING"));
        // The same route again is no navigation: the page reads the setting anew only when loaded again.
        screen.driver().navigate().refresh();
        console.awaitLoaded();
        screen.heading("Coming of age");
        screen.text("The age-band setting “12=EVERYTHING” is not understood");
        screen.text("the parents’ and guardians’ access stays as it is until the age of majority");
        accessible(screen, "Coming of age with an age-band setting not understood");
    }

    /** A day as the console writes it in English: with the month's name. */
    private static String inWords(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));
    }

    @Test
    void theRecordsOfficeReadsTheMarkWithoutAnyAction() {
        String surname = uniqueSurname("Iglesias");
        String name = "Pablo " + surname;
        String birthDate = LocalDate.now(ZoneOffset.UTC).plusDays(40).minusYears(18).toString();
        String pablo = staff.create(patient(null, "Pablo", surname, birthDate, null, null)).path("id").asText();
        staff.put("/" + pablo + "/coming-of-age/continued-guardianship", Map.of("reason", REASON));

        Screen screen = chromium.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(VIEW_ONLY, VIEW_ONLY_PASSWORD)
                .open("patients/" + pablo + "/details");
        screen.heading(name);
        screen.text("Continued guardianship: " + REASON);
        accessible(screen, "a minor's page with the mark, view-only");
        for (String action : new String[] {"Mark continued guardianship", "Change the reason", "Clear continued guardianship"}) {
            assertThat(screen.shows(ByRole.button(action))).as(action + " shown to view-only staff").isFalse();
        }
    }
}
