package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.accessible;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.openPatient;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.pictured;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.searchPatients;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.StaffConsoleClinicRealm;

/**
 * A receptionist invites a family member from a patient's page in the console, as the issue walks
 * it: find the patient, User accounts, Add user, then Resend, Copy link and Delete the pending
 * invitation; and a parent who accepts from the mail shows among the accounts, with the legal basis
 * recorded on the invitation, which staff then change.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ReceptionistInvitesAParentFromThePatientsPageIT {

    private static final String LINK_MARKER = "/patient-access/invitation?token=";
    private static final String INVITATIONS = "Invitations";

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = StaffConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private Inbox inbox;
    private Screen screen;
    private StaffConsole console;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        inbox = new Inbox(mail);
        screen = chromium.screen();
        console = new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void theReceptionistInvitesAParentThenCopiesResendsAndDeletesTheInvitation() throws Exception {
        String surname = uniqueSurname("Invited");
        String name = "Sofia " + surname;
        String email = surname.toLowerCase() + ".parent@family.test";
        PersonalData.used(email);
        reception.create(patient(null, "Sofia", surname, "2018-05-04", null, null));

        searchPatients(screen, surname);
        screen.link(name);
        pictured(screen, "console-patients", "Patients, with a search's result");
        screen.link(name).click();
        screen.heading(name);
        screen.textbox("Last name");
        pictured(screen, "console-patient-details", "a patient's Details");

        screen.tab("User accounts").click();
        screen.text("No invitations");
        accessible(screen, "a patient's User accounts, empty");
        screen.button("Add user").click();
        Screen dialog = screen.within(screen.dialog("Add user"));
        dialog.fill("Email", email).choose("Relationship", "Parent");
        pictured(screen, "console-add-user", "the Add user dialog");
        int mark = inbox.mark();
        dialog.button("Send invitation").click();

        screen.text("An invitation was sent to " + email);
        assertThat(invitationRow(email).getText()).contains("Parent", "Pending", "Book appointments");
        inbox.awaitTo(email, mark);
        Instant firstSent = Instant.now();
        String firstLink = linkIn(Mails.link(inbox.lastTo(email), LINK_MARKER));

        chromium.allowClipboard(urls.getBase());
        openInvitationMenu(email);
        pictured(screen, "console-invitation-menu", "a pending invitation's menu");
        screen.menuItem("Copy link").click();
        screen.text("Link copied");
        String copied = chromium.clipboardText();
        assertThat(copied).as("a link of the same invitation").startsWith(urls.getBase() + "/realms/" + realm.getName() + LINK_MARKER);
        assertThat(invitationPage(copied)).contains("invites you to book");

        // The plugin refuses a resend sooner than the realm's interval (a second here) after the last send.
        screen.waitUntil("a resend allowed",
                () -> Instant.now().isAfter(firstSent.plusSeconds(StaffConsoleClinicRealm.CONSOLE_RESEND_INTERVAL_SECONDS)));
        int beforeResend = inbox.mark();
        openInvitationMenu(email);
        screen.menuItem("Resend").click();
        screen.text("The invitation was sent again to " + email);
        inbox.awaitTo(email, beforeResend);
        String newLink = linkIn(Mails.link(inbox.lastTo(email), LINK_MARKER));
        assertThat(newLink).isNotEqualTo(firstLink);
        assertThat(invitationPage(firstLink)).contains("This invitation is no longer valid");
        assertThat(invitationPage(copied)).as("a link copied before the resend").contains("This invitation is no longer valid");
        assertThat(invitationPage(newLink)).contains("invites you to book");

        openInvitationMenu(email);
        screen.menuItem("Delete").click();
        Screen confirmation = screen.within(screen.dialog("Delete this invitation?"));
        confirmation.text("The invitation to " + email + " is withdrawn");
        accessible(screen, "the confirmation of an invitation's deletion");
        confirmation.button("Delete").click();
        screen.text("The invitation to " + email + " was deleted");
        screen.waitUntil("the invitation shown as withdrawn", () -> invitationRow(email).getText().contains("Withdrawn"));
        assertThat(invitationPage(newLink)).contains("This invitation is no longer valid");
    }

    @Test
    void aParentWhoAcceptsFromTheMailIsThenAnAccountOfThePatientWithTheRecordedLegalBasis() throws Exception {
        String surname = uniqueSurname("Accepted");
        String name = "Mateo " + surname;
        reception.create(patient(null, "Mateo", surname, "2019-11-20", null, null));
        openPatient(screen, surname, name);
        screen.tab("User accounts").click();
        screen.text("No account acts for this patient");

        screen.button("Add user").click();
        Screen dialog = screen.within(screen.dialog("Add user"));
        dialog.fill("Email", ClinicRealm.FATHER).choose("Relationship", "Parent").choose("Legal basis", "Parental responsibility");
        accessible(screen, "the Add user dialog with a legal basis");
        int mark = inbox.mark();
        dialog.button("Send invitation").click();
        screen.text("An invitation was sent to " + ClinicRealm.FATHER);
        assertThat(invitationRow(ClinicRealm.FATHER).getText()).contains("Parental responsibility");
        inbox.awaitTo(ClinicRealm.FATHER, mark);

        try (Browser father = new Browser()) {
            father.open(linkIn(Mails.link(inbox.lastTo(ClinicRealm.FATHER), LINK_MARKER)))
                    .click("invitation-login").logIn(ClinicRealm.FATHER, ClinicRealm.PASSWORD)
                    .click("invitation-accept").click("invitation-continue-button");
            assertThat(father.url()).contains("/realms/" + realm.getName() + "/account");
        }

        screen.driver().navigate().refresh();
        console.awaitLoaded();
        Screen accounts = screen.within(screen.table("Accounts that may act for this patient"));
        assertThat(accounts.row(ClinicRealm.FATHER).getText())
                .contains("Luis Garcia", "Parent", "Book appointments", "Parental responsibility", "No end date");
        assertThat(invitationRow(ClinicRealm.FATHER).getText()).contains("Accepted", "by " + ClinicRealm.FATHER);
        pictured(screen, "console-patient-accounts", "a patient's User accounts, with an account and its accepted invitation");

        screen.within(accounts.row(ClinicRealm.FATHER)).button("Actions for Luis Garcia").click();
        screen.menuItem("Legal basis").click();
        Screen legalBasis = screen.within(screen.dialog("Legal basis"));
        legalBasis.choose("Legal basis", "Court order");
        accessible(screen, "a grant's Legal basis dialog");
        legalBasis.button("Save").click();
        screen.text("The legal basis of Luis Garcia’s access was saved");
        screen.waitUntil("the grant shown with its new legal basis", () -> screen.within(screen.table("Accounts that may act for this patient"))
                .row(ClinicRealm.FATHER).getText().contains("Court order"));
    }

    private WebElement invitationRow(String email) {
        return screen.within(screen.table(INVITATIONS)).row(email);
    }

    private void openInvitationMenu(String email) {
        screen.within(invitationRow(email)).button("Actions for the invitation to " + email).click();
        screen.menuItem("Delete");
    }

    /** The link as the mail program shows it (the text part escapes the ampersands of HTML). */
    private static String linkIn(String mailedLink) {
        return mailedLink.replace("&amp;", "&");
    }

    private static String invitationPage(String link) {
        try (Browser browser = new Browser()) {
            return browser.open(link).text();
        }
    }
}
