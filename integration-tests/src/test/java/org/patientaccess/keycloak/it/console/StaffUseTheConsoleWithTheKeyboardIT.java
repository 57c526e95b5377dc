package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.ByRole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Keyboard;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.Screenshots;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.StaffConsoleClinicRealm;

/**
 * A receptionist who uses no mouse confirms the email a parent put on a record, then invites a parent
 * and resends and deletes the invitation: every control of the workflow is reached with Tab (or
 * Shift+Tab) and worked with Enter, Space, the arrows and Escape, and the focus goes into each dialog
 * or menu that opens and back to what opened it. Only the sign-in (Keycloak's login page) is clicked.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffUseTheConsoleWithTheKeyboardIT {

    private static final String ADD_USER = "Add user";
    private static final String DELETE_INVITATION = "Delete this invitation?";

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = StaffConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private Screen screen;
    private Keyboard keyboard;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        screen = chromium.screen();
        keyboard = new Keyboard(screen.driver());
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void aReceptionistInvitesAParentThenResendsAndDeletesTheInvitationWithTheKeyboardOnly() {
        String surname = uniqueSurname("Keyboard");
        String name = "Lena " + surname;
        String email = surname.toLowerCase() + ".parent@family.test";
        String emailByTheFather = surname.toLowerCase() + ".lena@family.test";
        PersonalData.used(email, emailByTheFather);
        String lena = reception.create(patient(null, "Lena", surname, "2017-03-09", null, null)).path("id").asText();
        String fathersGrant = ConsoleChecks.aParentWhoManagesTheProfile(reception, lena, ClinicRealm.FATHER);
        ConsoleChecks.theParentPutsAnEmailOnTheRecord(urls.getBase(), realm, ClinicRealm.FATHER, ClinicRealm.PASSWORD, fathersGrant, emailByTheFather);

        keyboard.tabTo(screen.link("Patients"));
        keyboard.press(Keys.ENTER);
        keyboard.tabTo(screen.textbox("Search patients"));
        keyboard.press(surname, Keys.ENTER);
        keyboard.tabTo(screen.link(name));
        keyboard.press(Keys.ENTER);
        screen.heading(name);

        // The email the father set proves nothing yet: the receptionist confirms it for the clinic.
        screen.text("Set by someone acting for the patient. It does not prove who registers online until the clinic or the patient confirms it.");
        Accessibility.assertNoSeriousViolations(screen.driver(), "a patient's Details with an email a parent set");
        Screenshots.save(screen.driver(), "console-patient-email-to-confirm");
        keyboard.tabTo(screen.button("Confirm email"));
        keyboard.press(Keys.ENTER);
        screen.text("The email is confirmed as the clinic’s");
        screen.text("Entered or confirmed by the clinic.");
        keyboard.assertFocused(screen.find(By.id("patient-email-note")), "the focus on the words that replaced Confirm email");
        assertThat(reception.get("/" + lena).json().path("emailSource").asText()).isEqualTo("CLINIC");
        keyboard.tabBackTo(screen.tab("History"));
        keyboard.press(Keys.ENTER);
        screen.within(screen.table("History")).row("Email confirmed");

        keyboard.tabBackTo(screen.tab("User accounts"));
        keyboard.press(Keys.ENTER);
        screen.text("No invitations");
        WebElement addUser = keyboard.tabTo(screen.button(ADD_USER));

        keyboard.press(Keys.ENTER);
        keyboard.assertFocusWithin(screen.dialog(ADD_USER), "the focus in the dialog that opened");
        keyboard.press(Keys.ESCAPE);
        screen.waitUntilGone(ByRole.dialog(ADD_USER));
        keyboard.assertFocused(addUser, "the focus back on Add user after Escape");

        keyboard.press(Keys.SPACE);
        Screen dialog = screen.within(screen.dialog(ADD_USER));
        keyboard.tabTo(dialog.textbox("Email"));
        keyboard.press(email);
        chooseWithArrows(keyboard.tabTo(dialog.find(ByRole.select("Relationship"))), "Parent");
        keyboard.tabTo(dialog.button("Send invitation"));
        keyboard.press(Keys.ENTER);
        screen.text("An invitation was sent to " + email);
        screen.waitUntilGone(ByRole.dialog(ADD_USER));
        keyboard.assertFocused(addUser, "the focus back on Add user after sending");
        assertThat(invitationRow(email).getText()).contains("Parent", "Pending");
        Instant sent = Instant.now();

        WebElement actions = keyboard.tabTo(invitationActions(email));
        // The plugin refuses a resend sooner than the realm's interval (a second here) after a send.
        screen.waitUntil("a resend allowed",
                () -> Instant.now().isAfter(sent.plusSeconds(StaffConsoleClinicRealm.CONSOLE_RESEND_INTERVAL_SECONDS)));
        openMenuAndChoose("Resend");
        screen.text("The invitation was sent again to " + email);
        keyboard.assertFocused(actions, "the focus back on the row's actions after Resend");

        openMenuAndChoose("Delete");
        keyboard.assertFocusWithin(screen.dialog(DELETE_INVITATION), "the focus in the confirmation");
        keyboard.press(Keys.ESCAPE);
        screen.waitUntilGone(ByRole.dialog(DELETE_INVITATION));
        keyboard.assertFocused(actions, "the focus back on the row's actions after Escape");
        assertThat(invitationRow(email).getText()).as("an invitation that Escape kept").contains("Pending");

        openMenuAndChoose("Delete");
        keyboard.tabTo(screen.within(screen.dialog(DELETE_INVITATION)).button("Delete"));
        keyboard.press(Keys.ENTER);
        screen.text("The invitation to " + email + " was deleted");
        screen.waitUntil("the invitation shown as withdrawn", () -> invitationRow(email).getText().contains("Withdrawn"));
    }

    /** Arrow Down through a focused drop-down list until it shows the option, as a person does without opening it. */
    private void chooseWithArrows(WebElement list, String option) {
        Select select = new Select(list);
        for (int presses = 0; presses < select.getOptions().size() && !select.getFirstSelectedOption().getText().equals(option); presses++) {
            keyboard.press(Keys.ARROW_DOWN);
        }
        assertThat(select.getFirstSelectedOption().getText()).as("the option chosen with Arrow Down").isEqualTo(option);
    }

    /** Enter on the focused kebab of the row opens its menu, Arrow Down goes through its items to the action, Enter does it. */
    private void openMenuAndChoose(String action) {
        keyboard.press(Keys.ENTER);
        WebElement menu = screen.menuItem(action).findElement(By.xpath("./ancestor::*[@role='menu']"));
        keyboard.moveTo(Keys.ARROW_DOWN, action);
        keyboard.assertFocusWithin(menu, "the focus in the row's menu");
        keyboard.press(Keys.ENTER);
    }

    private WebElement invitationActions(String email) {
        return screen.within(invitationRow(email)).button("Actions for the invitation to " + email);
    }

    private WebElement invitationRow(String email) {
        return screen.within(screen.table("Invitations")).row(email);
    }
}
