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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.ByRole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * In a clinic with "review at 13, suspend at 16", a teenager turned 13 a month ago and the review of
 * each guardian's access is overdue: the receptionist keeps the mother's and ends the father's from
 * Reviews (in English, and in French), each confirmed; the records office reads the queue without
 * an action. axe-core on the page and on each dialog.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffKeepOrEndAGuardiansAccessFromTheReviewsIT {

    private static final int ONE_DAY = 24 * 60 * 60;
    static final String VIEW_ONLY = ViewOnlyStaffSeeNoActionsIT.VIEW_ONLY;
    static final String VIEW_ONLY_PASSWORD = ViewOnlyStaffSeeNoActionsIT.VIEW_ONLY_PASSWORD;

    @RegisterExtension
    static final Chromium english = Chromium.inEnglish();

    @RegisterExtension
    static final Chromium french = Chromium.inFrench();

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    @BeforeEach
    void reviewAtThirteenInEnglishAndFrench() {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.ageBands", "review-13-suspend-16")
                .internationalizationEnabled(true).supportedLocales("en", "fr").defaultLocale("en"));
    }

    @AfterEach
    void backToToday() {
        timeOffSet.set(0);
    }

    @Test
    void aReceptionistKeepsTheMothersAccessAndEndsTheFathersEachConfirmed() {
        String surname = uniqueSurname("Arrieta");
        String name = "Nerea " + surname;
        String nerea = turnedThirteenAMonthAgoWithTwoGuardians("Nerea", surname);

        Screen screen = english.screen();
        StaffConsole console = new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        screen.link("Reviews").click();
        screen.heading("Reviews");
        LocalDate due = today().minusDays(1);
        assertThat(row(screen, name, "Maria Garcia").getText()).contains(name, "Overdue", inWords(due), "Parent");
        assertThat(row(screen, name, "Luis Garcia").getText()).contains(name, "Overdue", "Guardian");
        pictured(screen, "console-grant-reviews", "Reviews");

        screen.within(row(screen, name, "Maria Garcia")).button("Keep access").click();
        Screen keep = screen.within(screen.dialog("Keep this access?"));
        keep.text("Maria Garcia keeps their access to " + name + "’s record as it is.");
        accessible(screen, "the keep dialog");
        keep.button("Keep access").click();
        screen.waitUntilGone(ByRole.dialog("Keep this access?"));
        screen.text("Maria Garcia keeps access to " + name + "’s record");

        screen.within(row(screen, name, "Luis Garcia")).button("End access").click();
        Screen end = screen.within(screen.dialog("End this access?"));
        end.text("Luis Garcia will no longer act for " + name + ".");
        accessible(screen, "the end dialog");
        end.button("End access").click();
        screen.waitUntilGone(ByRole.dialog("End this access?"));
        screen.text("Luis Garcia’s access to " + name + "’s record ended");
        assertThat(screen.shows(By.xpath("//tr[.//a[normalize-space(.)='" + name + "']]"))).as("nothing left to review for " + name).isFalse();
        accessible(screen, "Reviews after both decisions");

        PatientAccessApi reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        assertThat(reception.get("/" + nerea + "/accounts").json()).extracting(grant -> grant.path("email").asText())
                .containsExactly(ClinicRealm.MOTHER);
        // Nothing is left to review for Nerea, so no row links to her: her History is opened by its address.
        console.open("patients/" + nerea + "/history");
        screen.heading(name);
        screen.text("Parent’s or guardian’s access reviewed");
        screen.text("access kept");
        screen.text("access ended");
        screen.text("Review of a parent’s or guardian’s access opened");
        accessible(screen, "History with the reviews");
    }

    @Test
    void inFrenchTheReceptionistEndsAnAccessFromTheReviews() {
        String surname = uniqueSurname("Etxeberria");
        String name = "Ane " + surname;
        turnedThirteenAMonthAgoWithTwoGuardians("Ane", surname);

        Screen screen = french.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        Screen clinic = screen.within(screen.find(By.cssSelector("nav[aria-label='Clinique']")));
        clinic.link("Examens des accès").click();
        screen.heading("Examens des accès");
        assertThat(row(screen, name, "Luis Garcia").getText()).contains(name, "En retard", inFrench(today().minusDays(1)), "Tuteur");
        accessible(screen, "Reviews in French");

        screen.within(row(screen, name, "Luis Garcia")).button("Mettre fin à l’accès").click();
        Screen end = screen.within(screen.dialog("Mettre fin à cet accès ?"));
        end.text("Luis Garcia n’agira plus pour " + name + ".");
        accessible(screen, "the end dialog in French");
        end.button("Mettre fin à l’accès").click();
        screen.waitUntilGone(ByRole.dialog("Mettre fin à cet accès ?"));
        screen.text("L’accès de Luis Garcia au dossier de " + name + " a pris fin");
        assertThat(row(screen, name, "Maria Garcia").getText()).contains(name, "Garder l’accès");
    }

    @Test
    void theRecordsOfficeReadsTheReviewsWithoutAnyAction() {
        String surname = uniqueSurname("Zubiri");
        String name = "Iker " + surname;
        turnedThirteenAMonthAgoWithTwoGuardians("Iker", surname);

        Screen screen = english.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(VIEW_ONLY, VIEW_ONLY_PASSWORD).open("grant-reviews");
        screen.heading("Reviews");
        assertThat(row(screen, name, "Maria Garcia").getText()).contains(name, "Overdue");
        accessible(screen, "Reviews, view-only");
        for (String action : new String[] {"Keep access", "End access"}) {
            assertThat(screen.shows(ByRole.button(action))).as(action + " shown to view-only staff").isFalse();
        }
    }

    /**
     * A record that turned 13 thirty-one days ago, its mother (PARENT) and father (GUARDIAN) given
     * access the day before, and the daily run of that day: two reviews, due yesterday.
     */
    private String turnedThirteenAMonthAgoWithTwoGuardians(String firstName, String surname) {
        LocalDate birthday = today().minusDays(31);
        timeOffSet.set(-32 * ONE_DAY);
        PatientAccessApi reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        String id = reception.create(patient(null, firstName, surname, birthday.minusYears(13).toString(), null, null)).path("id").asText();
        for (Map<String, String> grant : new Map[] {Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT"),
                Map.of("email", ClinicRealm.FATHER, "relationship", "GUARDIAN")}) {
            ApiResponse given = reception.post("/" + id + "/accounts", grant);
            assertThat(given.status()).as(given.toString()).isEqualTo(201);
        }
        timeOffSet.set(-31 * ONE_DAY + 60);
        String operator = PatientAccessApi.signedInAs(urls.getBase(), "master", "admin", "admin").token();
        ApiResponse run = PatientAccessApi.withToken(urls.getBase(), realm.getName(), operator)
                .at("/admin/realms/" + realm.getName() + "/patient-access/coming-of-age").post("/run", "application/json", "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        timeOffSet.set(0);
        return id;
    }

    /** The review of this patient's grant to this account: the queue lists every patient's. */
    private static WebElement row(Screen screen, String patient, String account) {
        return screen.find(By.xpath("//tr[.//a[normalize-space(.)='" + patient + "'] and .//*[normalize-space(.)='" + account + "']]"));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String inWords(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));
    }

    private static String inFrench(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH));
    }
}
