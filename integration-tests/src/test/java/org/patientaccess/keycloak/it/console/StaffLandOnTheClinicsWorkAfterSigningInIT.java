package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.accessible;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.pictured;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * Staff of the demo clinic sign in on a login page that speaks to staff (the admin console client's
 * login theme, clinic-staff), not to patients booking, and land on the clinic's work: Patients, with
 * the online registrations waiting for them, not Keycloak's generic welcome. In English and French.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffLandOnTheClinicsWorkAfterSigningInIT {

    @RegisterExtension
    static final Chromium english = Chromium.inEnglish();

    @RegisterExtension
    static final Chromium french = Chromium.inFrench();

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    /** Someone registers online whom the clinic has no record of: the registration waits for staff. */
    private void aRegistrationWaitsForStaff() throws Exception {
        PatientAccessApi staff = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        String surname = uniqueSurname("Landing");
        new RegisteringPeople(urls.getBase(), realm, new Inbox(mail), staff)
                .register(surname.toLowerCase() + "@family.test", "Noemi", surname, "1991-04-17", "416 555 0163");
    }

    @Test
    void theReceptionistSignsInToTheStaffConsoleAndLandsOnPatientsWithTheRegistrationsWaiting() throws Exception {
        aRegistrationWaitsForStaff();
        Screen screen = english.screen();
        StaffConsole console = new StaffConsole(screen, urls.getBase(), realm.getName());

        screen.open(console.url());
        screen.heading("Sign in to the clinic's staff console");
        accessible(screen, "the staff console's login page");
        console.signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);

        screen.heading("Patients");
        screen.textbox("Search patients");
        screen.find(noticeTitle("wait for review"));
        assertThat(screen.url()).endsWith("#/" + realm.getName() + "/patients");
        assertThat(screen.shows(By.cssSelector("[data-testid='welcomeTitle']"))).as("Keycloak's welcome").isFalse();
        assertThat(screen.find(By.cssSelector("header img")).getAttribute("src")).as("the masthead's logo is the clinic's")
                .endsWith("/img/logo.svg").contains("/clinic/");
        pictured(screen, "console-staff-landing", "Patients, where staff land");

        screen.link("Review online registrations").click();
        screen.heading("Online registrations");
    }

    @Test
    void theRealmsOwnAddressLeadsStaffToPatientsAndKeycloaksDashboardStaysReachableByItsTab() {
        Screen screen = english.screen();
        StaffConsole console = new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.AUDITOR, ClinicRealm.PASSWORD);

        console.open("users");
        screen.heading("Users");
        console.open("");
        screen.heading("Patients");
        assertThat(screen.url()).endsWith("#/" + realm.getName() + "/patients");

        console.open("info");
        screen.text("Welcome to");
        assertThat(screen.url()).endsWith("#/" + realm.getName() + "/info");
    }

    @Test
    void patientsStillSignInToBookTheirAppointments() {
        Screen screen = english.screen();

        screen.open(urls.getBase() + "/realms/" + realm.getName() + "/account/");

        screen.heading("Sign in to book your appointments");
    }

    @Test
    void aFrenchReceptionistReadsTheStaffLoginAndTheWaitingRegistrationsInFrench() throws Exception {
        aRegistrationWaitsForStaff();
        Screen screen = french.screen();
        StaffConsole console = new StaffConsole(screen, urls.getBase(), realm.getName());

        screen.open(console.url());
        screen.heading("Connectez-vous à la console du personnel de la clinique");
        accessible(screen, "the staff console's login page in French");
        console.signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);

        screen.heading("Patients");
        screen.textbox("Rechercher des patients");
        screen.find(noticeTitle("examiné"));
        accessible(screen, "Patients, where staff land, in French");
        screen.link("Examiner les inscriptions en ligne").click();
        screen.heading("Inscriptions en ligne");
    }

    /** The title of the notice of registrations waiting, whatever their number. */
    private static By noticeTitle(String words) {
        return By.xpath("//*[contains(@class, 'pf-v5-c-alert__title')][contains(., '" + words + "')]");
    }
}
