package org.patientaccess.keycloak.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.AccountConsole;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.ByRole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Keyboard;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.realm.AccountConsoleClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * A mother who manages her daughter's profile invites the grandmother as a temporary carer from
 * Family & access, with the keyboard: the form says what it gives (booking only, at most 90 days) and
 * refuses in words; she withdraws an invitation and ends the access of a carer who accepted.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class FamiliesManageTemporaryCarersInTheAccountConsoleIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = AccountConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    /** Where the invitations go: without it, an invitation's mail cannot be sent (502). */
    @InjectMailServer
    MailServer mail;

    @Test
    void aMotherInvitesWithdrawsAndEndsATemporaryCarerWithTheKeyboard() {
        Reception reception = new Reception(urls.getBase(), realm);
        String sofia = reception.patient("Sofia", "Garcia", LocalDate.now(ZoneOffset.UTC).minusYears(9).toString());
        String motherGrant = reception.grant(sofia, ClinicRealm.MOTHER, "PARENT", "BOOK", "VIEW", "MANAGE_PROFILE");
        acceptedCarer(motherGrant, ClinicRealm.FATHER);
        Screen screen = chromium.screen();
        new AccountConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD, AccountConsole.FAMILY_ACCESS);

        screen.heading("Temporary carers");
        screen.text("they can only book appointments");
        assertThat(screen.within(screen.table("For Sofia Garcia")).row("Luis Garcia").getText()).contains("Can book");
        Keyboard keyboard = new Keyboard(screen.driver());
        keyboard.tabTo(screen.button("Invite a temporary carer")).sendKeys(Keys.ENTER);
        Screen dialog = screen.within(screen.dialog("Invite a temporary carer for Sofia Garcia"));
        dialog.text("They will be able to book appointments only");
        dialog.button("Send the invitation").click();
        assertThat(dialog.all(ByRole.text("Required"))).as("each required field says so, under it").hasSize(2);
        Accessibility.assertNoSeriousViolations(screen.driver(), "the temporary carer dialog with missing fields");

        dialog.fill("Email", ClinicRealm.GRANDMOTHER).fill("Last day they may book", LocalDate.now(ZoneOffset.UTC).plusDays(91).toString());
        dialog.button("Send the invitation").click();
        dialog.text("Choose a day from today to ");
        dialog.fill("Last day they may book", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        dialog.button("Send the invitation").click();

        screen.text("An invitation was sent to " + ClinicRealm.GRANDMOTHER);
        WebElement invited = screen.within(screen.table("For Sofia Garcia")).row(ClinicRealm.GRANDMOTHER);
        assertThat(invited.getText()).contains("Invited");
        Accessibility.assertNoSeriousViolations(screen.driver(), "Family & access with temporary carers");

        screen.within(invited).button("Resend").click();
        screen.text("The invitation was sent a moment ago; try again in a minute.");

        screen.within(invited).button("Withdraw").click();
        screen.within(screen.dialog("Withdraw the invitation to " + ClinicRealm.GRANDMOTHER + "?")).button("Withdraw").click();
        screen.waitUntilGone(ByRole.row(ClinicRealm.GRANDMOTHER));

        screen.within(screen.row("Luis Garcia")).button("End access").click();
        screen.within(screen.dialog("End the access of Luis Garcia?")).button("End access").click();
        screen.text("No temporary carer.");
        assertThat(PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.FATHER, ClinicRealm.PASSWORD).get("/patients").json())
                .as("the father no longer books for Sofia").isEmpty();
    }

    /** The mother invites {@code email} through the API and its account accepts from its own console's API. */
    private void acceptedCarer(String motherGrant, String email) {
        ApiResponse invited = PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.MOTHER, ClinicRealm.PASSWORD)
                .post("/patients/" + motherGrant + "/carers", Map.of("email", email, "until", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        ApiResponse accepted = PatientAccessApi.personSignedInAs(urls.getBase(), realm, email, ClinicRealm.PASSWORD)
                .post("/invitations/" + invited.json().path("invitationId").asText() + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    }
}
