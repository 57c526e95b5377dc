package org.patientaccess.keycloak.it.account;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
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
 * A family's account console: whom they act for and on what legal basis the clinic recorded, on
 * Keycloak's own account pages, a record's contact
 * details corrected there, and a grown-up confirming the email her mother put on her record.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class FamiliesSeeWhomTheyActForIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = AccountConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private Reception reception;

    @BeforeEach
    void clinic() {
        reception = new Reception(urls.getBase(), realm);
    }

    @Test
    void aMotherSignsInOpensFamilyAndAccessAndSeesHerTwoChildren() {
        reception.grant(reception.patient("Maria", "Garcia", "1984-06-02"), ClinicRealm.MOTHER, "SELF");
        reception.grant(reception.patient("Sofia", "Garcia", "2014-03-09"), ClinicRealm.MOTHER, "PARENT", "BOOK", "VIEW", "MANAGE_PROFILE");
        reception.grantOnLegalBasis(reception.patient("Mateo", "Garcia", "2017-08-23"), ClinicRealm.MOTHER, "PARENT", "PARENTAL_RESPONSIBILITY");
        Screen screen = chromium.screen();
        AccountConsole console = new AccountConsole(screen, urls.getBase(), realm.getName())
                .signIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD, AccountConsole.PERSONAL_INFO);
        Accessibility.assertNoSeriousViolations(screen.driver(), "the account console's Personal info page");

        screen.link("Family & access").click();

        WebElement people = screen.table("People I can act for");
        // A parent's access to a minor ends the day she turns 18 (2014-03-09 + 18 years), as the coming-of-age notice says.
        assertThat(screen.within(people).row("Sofia Garcia").getText()).contains("Parent", "Book", "View", "Manage profile", "Not recorded", "March 9, 2032");
        assertThat(screen.within(people).row("Mateo Garcia").getText()).contains("Parent", "Book, View", "Parental responsibility");
        assertThat(screen.within(people).row("Maria Garcia").getText()).as("one's own record needs no legal basis").contains("Myself", "Not needed", "No end date");
        assertThat(screen.within(screen.row("Sofia Garcia")).button("Correct contact details").isDisplayed()).isTrue();
        assertThat(screen.within(screen.row("Mateo Garcia")).shows(ByRole.button("Correct contact details")))
                .as("no contact correction without MANAGE_PROFILE").isFalse();
        screen.text("No invitations are waiting for you.");
        screen.text("No one else can act for you.");
        assertThat(screen.url()).endsWith("/realms/" + realm.getName() + "/account/family-access");
        Screenshots.save(screen.driver(), "account-family-access");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the account console's Family & access page");

        screen.link("Personal info").click();
        screen.heading("Personal info");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the account console's Personal info page, from the menu");
    }

    @Test
    void aGrandmotherWhoManagesTheProfileCorrectsItsContactDetailsAndStaffSeeItInTheHistory() {
        String lucas = reception.patient("Lucas", "Hernandez", "2016-11-30");
        reception.grant(lucas, ClinicRealm.GRANDMOTHER, "GUARDIAN", "BOOK", "VIEW", "MANAGE_PROFILE");
        PersonalData.used("lucas.family@example.com");
        PersonalData.usedPhone("+1 416 555 0142");
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD, AccountConsole.FAMILY_ACCESS);

        screen.within(screen.row("Lucas Hernandez")).button("Correct contact details").click();
        WebElement dialog = screen.dialog("Contact details of Lucas Hernandez");
        Screen form = screen.within(dialog);
        form.text("If you change the email address, the clinic tells the old address, and the new one must be confirmed by the clinic or by the patient.");
        form.fill("Email", "not-an-email").fill("Phone", "+1 416 555 0142");
        form.button("Save").click();

        form.text("not a valid email address");
        String describedBy = form.textbox("Email").getAttribute("aria-describedby");
        assertThat(screen.driver().findElement(By.id(describedBy)).getText()).as("the error under the field, tied to it")
                .contains("not a valid email address");
        Accessibility.assertNoSeriousViolations(screen.driver(), "the contact dialog with a field error");

        form.fill("Email", "lucas.family@example.com");
        form.button("Save").click();

        screen.text("The contact details of Lucas Hernandez are saved");
        screen.waitUntilGone(ByRole.dialog("Contact details of Lucas Hernandez"));
        // The clinic's (Canadian) number, stored as +14165550142, is shown in national format.
        screen.driver().navigate().refresh();
        screen.within(screen.row("Lucas Hernandez")).button("Correct contact details").click();
        Screen again = screen.within(screen.dialog("Contact details of Lucas Hernandez"));
        assertThat(again.textbox("Phone").getAttribute("value")).isEqualTo("(416) 555-0142");
        again.button("Cancel").click();
        screen.waitUntilGone(ByRole.dialog("Contact details of Lucas Hernandez"));
        JsonNode latest = reception.history(lucas).get(0);
        assertThat(latest.path("action").asText()).isEqualTo("RECORD_UPDATED");
        assertThat(latest.path("actor").path("username").asText()).isEqualTo(ClinicRealm.GRANDMOTHER);
    }

    @Test
    void aGrownUpDaughterConfirmsTheEmailHerMotherPutOnHerRecordAndTheRequestToConfirmGoes() {
        String elena = reception.patient("Elena", "Garcia", "1999-04-12");
        reception.grant(elena, AccountConsoleClinicRealm.ADULT_CHILD, "SELF");
        String mothers = reception.grant(elena, ClinicRealm.MOTHER, "GUARDIAN", "BOOK", "VIEW", "MANAGE_PROFILE");
        ApiResponse corrected = PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.MOTHER, ClinicRealm.PASSWORD)
                .put("/patients/" + mothers + "/contact", Map.of("email", AccountConsoleClinicRealm.ADULT_CHILD, "phone", ""));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName())
                .signIn(AccountConsoleClinicRealm.ADULT_CHILD, ClinicRealm.PASSWORD, AccountConsole.FAMILY_ACCESS);

        screen.text("Someone acting for you put " + AccountConsoleClinicRealm.ADULT_CHILD + " on your record at the clinic");
        screen.text("If it is your email address, confirm it. Otherwise, ask the clinic to correct it.");
        Accessibility.assertNoSeriousViolations(screen.driver(), "Family & access with an email to confirm");
        Screenshots.save(screen.driver(), "account-email-to-confirm");
        screen.button("Confirm").click();

        screen.text(AccountConsoleClinicRealm.ADULT_CHILD + " is confirmed as your email address at the clinic");
        screen.waitUntilGone(ByRole.text("Someone acting for you put"));
        assertThat(screen.within(screen.table("People I can act for")).row("Elena Garcia").getText()).contains("Myself");
        assertThat(reception.patientRecord(elena).path("emailSource").asText()).isEqualTo("PATIENT");
        JsonNode latest = reception.history(elena).get(0);
        assertThat(latest.path("action").asText()).isEqualTo("EMAIL_CONFIRMED");
        assertThat(latest.path("actor").path("username").asText()).isEqualTo(AccountConsoleClinicRealm.ADULT_CHILD);
    }

    @Test
    void aFatherLeavesARecordHeNoLongerCaresForAfterConfirmingAndTheFocusStaysInItsSection() {
        String nephew = reception.patient("Hugo", "Garcia", "2013-05-17");
        reception.grant(nephew, ClinicRealm.FATHER, "CAREGIVER");
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.FATHER, ClinicRealm.PASSWORD, AccountConsole.FAMILY_ACCESS);

        screen.within(screen.row("Hugo Garcia")).button("Leave").click();
        Screen confirm = screen.within(screen.dialog("Stop acting for Hugo Garcia?"));
        Accessibility.assertNoSeriousViolations(screen.driver(), "the leave confirmation");
        confirm.button("Leave").click();

        screen.text("You do not act for anyone yet.");
        screen.waitUntil("the focus on the section's heading", () -> screen.driver().switchTo().activeElement().getText().equals("People I can act for"));
        assertThat(reception.accounts(nephew)).isEmpty();
    }

    @Test
    void onAPhoneTheMenuOpensAndClosesWithTheMastheadsButtonAndAChosenPageClosesIt() {
        Screen screen = chromium.screen();
        screen.driver().manage().window().setSize(new Dimension(420, 900));
        try {
            new AccountConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD, AccountConsole.PERSONAL_INFO);
            WebElement menuButton = screen.find(By.id("nav-toggle"));
            assertThat(screen.shows(ByRole.link("Family & access"))).as("the menu starts closed over a phone's page").isFalse();
            assertThat(menuButton.getAttribute("aria-expanded")).isEqualTo("false");

            menuButton.click();
            screen.link("Family & access").click();

            screen.heading("Family & access");
            screen.waitUntilGone(ByRole.link("Personal info"));
            assertThat(menuButton.getAttribute("aria-expanded")).isEqualTo("false");
            Accessibility.assertNoSeriousViolations(screen.driver(), "Family & access on a phone");
        } finally {
            screen.driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }
}
