package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.accessible;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.searchPatients;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.pictured;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.List;
import java.util.Map;

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
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.ByRole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * A staff member who may only view users (the demo clinic's records office) sees every page of the
 * console, with its accounts, invitations, history, registrations and merges, and no button, menu or
 * field that would change anything: the server would refuse it.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ViewOnlyStaffSeeNoActionsIT {

    static final String VIEW_ONLY = "records@riverside-physio.example";
    static final String VIEW_ONLY_PASSWORD = "records";
    static final String PARENT = "maria.garcia@example.com";
    static final String PARENT_PASSWORD = "patient";

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void theRecordsOfficeSeesPatientsAccountsRegistrationsAndMergesWithoutAnyAction() throws Exception {
        PatientAccessApi staff = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(),
                ReceptionistMergesAnOnlineRegistrationIT.STAFF, ReceptionistMergesAnOnlineRegistrationIT.STAFF_PASSWORD);
        String surname = uniqueSurname("Viewed");
        String name = "Lucia " + surname;
        String invited = surname.toLowerCase() + ".aunt@family.test";
        PersonalData.used(invited);
        String child = staff.create(patient(null, "Lucia", surname, "2017-03-08", null, null)).path("id").asText();
        String parentsGrant = ConsoleChecks.aParentWhoManagesTheProfile(staff, child, PARENT);
        assertCreated(staff.post("/" + child + "/invitations", Map.of("email", invited, "relationship", "CAREGIVER", "legalBasis", "POWER_OF_ATTORNEY")));
        // The parent, who manages the profile, puts an email on the record: it proves nothing until confirmed
        // (before the merge, which can be undone only while nothing changed since).
        String setByTheParent = surname.toLowerCase() + "@family.test";
        PersonalData.used(setByTheParent);
        ConsoleChecks.theParentPutsAnEmailOnTheRecord(urls.getBase(), realm, PARENT, PARENT_PASSWORD, parentsGrant, setByTheParent);
        String duplicate = staff.create(patient(null, "Lucia", surname, "2017-03-08", null, "416 555 0177")).path("id").asText();
        assertThat(staff.post("/" + child + "/merge", Map.of("mergedId", duplicate, "take", List.of("phone"))).status()).isEqualTo(200);
        // A registration that looks like another patient of the clinic waits for review.
        String registrantSurname = uniqueSurname("Queued");
        String registrant = "Marco " + registrantSurname;
        staff.create(patient(null, "Marco", registrantSurname, "1980-01-15", null, null));
        new RegisteringPeople(urls.getBase(), realm, new Inbox(mail), staff)
                .register(registrantSurname.toLowerCase() + "@family.test", "Marco", registrantSurname, "1980-01-15", "");

        Screen screen = chromium.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(VIEW_ONLY, VIEW_ONLY_PASSWORD);

        searchPatients(screen, surname);
        screen.link(name);
        assertNotShown(screen, ByRole.button("Create patient"), ByRole.button("Import"));

        screen.link(name).click();
        screen.heading(name);
        assertThat(screen.textbox("First name").getAttribute("readonly")).isNotNull();
        screen.text("Set by someone acting for the patient. It does not prove who registers online until the clinic or the patient confirms it.");
        accessible(screen, "a patient's Details with an email set for the patient, view-only");
        assertNotShown(screen, ByRole.button("Save"), ByRole.button("Revert"), ByRole.button("Action"), ByRole.button("Confirm email"));

        screen.tab("User accounts").click();
        assertThat(screen.within(screen.table("Accounts that may act for this patient")).row(PARENT).getText()).contains("Not recorded");
        assertThat(screen.within(screen.table("Invitations")).row(invited).getText()).contains("Power of attorney");
        pictured(screen, "console-view-only", "a patient's User accounts, view-only");
        assertNotShown(screen, ByRole.button("Add user"),
                ByRole.button("Actions for Maria Garcia"), ByRole.button("Actions for the invitation to " + invited));

        screen.tab("History").click();
        screen.within(screen.table("History")).row("Records merged");
        accessible(screen, "a patient's History, view-only");
        assertNotShown(screen, ByRole.button("Undo merge"));
        assertThat(screen.button("Export CSV").isEnabled()).as("reading is allowed").isTrue();

        screen.find(By.partialLinkText("Online registrations")).click();
        Screen queue = screen.within(screen.table("Online registrations"));
        queue.link(registrant).click();
        screen.heading("Registration of " + registrant);
        screen.table("What the person typed and what the clinic has");
        accessible(screen, "a registration's comparison, view-only");
        assertNotShown(screen, ByRole.button("Merge"), ByRole.button("Keep as new patient"), ByRole.button("Dismiss"));

        screen.link("Recent merges").click();
        screen.within(screen.table("Recent merges")).text("Can be undone");
        accessible(screen, "Recent merges, view-only");
        assertNotShown(screen, By.xpath(".//button[starts-with(@aria-label, 'Undo the merge of')]"), ByRole.button("Undo"));
    }

    /** Once the page has shown what it waited for, none of these controls is on it. */
    private static void assertNotShown(Screen screen, By... controls) {
        for (By control : controls) {
            assertThat(screen.shows(control)).as(control + " shown to view-only staff on " + screen.url()).isFalse();
        }
    }

    private static void assertCreated(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
