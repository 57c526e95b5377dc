package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.accessible;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.pictured;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * A receptionist reviews an online registration in the console of the demo clinic (whose admin theme
 * is ours): compares it with the clinic's record, merges it taking one typed value, finds the merge in
 * the record's history and undoes it from Recent merges. Once the realm trusts an identity provider's
 * emails, the queue says that no registration links by itself there, and why.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ReceptionistMergesAnOnlineRegistrationIT {

    static final String STAFF = "staff@riverside-physio.example";
    static final String STAFF_PASSWORD = "staff";
    static final String TRUSTED_PROVIDER = "partner-clinic";

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi staff;
    private RegisteringPeople people;

    @BeforeEach
    void signIn() {
        staff = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), STAFF, STAFF_PASSWORD);
        people = new RegisteringPeople(urls.getBase(), realm, new Inbox(mail), staff);
    }

    @Test
    void theReceptionistMergesARegistrationTakingItsPhoneSeesItInTheHistoryAndUndoesIt() throws Exception {
        String surname = uniqueSurname("Roy");
        String name = "Julie " + surname;
        String email = surname.toLowerCase() + "@family.test";
        String record = staff.create(patient(null, "Julie", surname, "1975-09-30", null, "416 555 0101")).path("id").asText();
        people.register(email, "Julie", surname, "1975-09-30", "514 555 0199");
        String provisional = people.queueEntryOf(email).path("patient").path("id").asText();

        Screen screen = chromium.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(STAFF, STAFF_PASSWORD);
        // The navigation's link also says how many registrations wait (a badge), apart from its label.
        WebElement registrations = screen.find(By.partialLinkText("Online registrations"));
        screen.waitUntil("the badge of waiting registrations", () -> !registrations.findElements(By.className("pf-v5-c-badge")).isEmpty());
        Number gap = (Number) ((JavascriptExecutor) screen.driver()).executeScript("""
                const label = document.createRange();
                label.selectNodeContents(arguments[0].firstChild);
                return arguments[0].querySelector('.pf-v5-c-badge').getBoundingClientRect().left - label.getBoundingClientRect().right;
                """, registrations);
        assertThat(gap.doubleValue()).as("space between the label and its badge, in pixels").isGreaterThanOrEqualTo(4);
        registrations.click();
        Screen queue = screen.within(screen.table("Online registrations"));
        assertThat(queue.row(name).getText()).contains("September 30, 1975", "Probable", "Pending");
        pictured(screen, "console-online-registrations", "Online registrations");

        queue.link(name).click();
        screen.heading("Registration of " + name);
        Screen comparison = screen.within(screen.table("What the person typed and what the clinic has"));
        // The clinic's (Canadian) numbers in national format, as everywhere in the console.
        assertThat(comparison.row("Phone").getText()).contains("(416) 555-0101", "(514) 555-0199");
        assertThat(comparison.row("Birth date").getText()).contains("September 30, 1975");
        screen.text("The record has no value for Email: the merge fills it from the registration.");
        pictured(screen, "console-registration-comparison", "a registration beside its candidate");

        screen.find(By.id("merge-phone-take")).click();
        screen.button("Merge").click();
        Screen confirmation = screen.within(screen.dialog("Merge this registration?"));
        confirmation.text("The record takes the typed value for: Phone.");
        accessible(screen, "the confirmation of a merge");
        confirmation.button("Merge").click();

        screen.text("The registration of " + name + " was merged into " + name + "’s record");
        JsonNode merged = staff.get("/" + record).json();
        assertThat(merged.path("phone").asText()).as("the typed value taken").isEqualTo("+15145550199");
        assertThat(merged.path("email").asText()).as("filled from the registration").isEqualTo(email);
        assertThat(staff.get("/" + provisional).json().path("id").asText()).as("the provisional record answers with its survivor").isEqualTo(record);

        screen.link("Open " + name + "’s record").click();
        screen.heading(name);
        screen.tab("History").click();
        screen.within(screen.table("History")).row("Records merged");
        pictured(screen, "console-patient-history", "a patient's History after a merge");

        screen.link("Recent merges").click();
        Screen merges = screen.within(screen.table("Recent merges"));
        merges.text("Can be undone");
        pictured(screen, "console-recent-merges", "Recent merges");
        merges.find(By.xpath(".//button[starts-with(@aria-label, 'Undo the merge of')]")).click();
        Screen undo = screen.within(screen.dialog("Undo this merge?"));
        accessible(screen, "the confirmation of an undo");
        undo.button("Undo").click();

        screen.text("The merge was undone");
        merges.text("Undone");
        JsonNode restored = staff.get("/" + record).json();
        assertThat(restored.path("phone").asText()).isEqualTo("+14165550101");
        assertThat(restored.has("email")).isFalse();
        assertThat(staff.get("/" + provisional).json().path("id").asText()).as("two records again").isEqualTo(provisional);

        // Once the realm trusts an identity provider's emails, the queue says that nothing links by itself, and why.
        trustAnIdentityProvidersEmails();
        screen.find(By.partialLinkText("Online registrations")).click();
        screen.text("In this realm, no online registration links to a record by itself");
        screen.text("An identity provider’s email addresses are trusted as verified, so an email from it proves nothing about who registers.");
        screen.text("Every registration waits here for staff to review it.");
        pictured(screen, "console-online-registrations-not-linking", "Online registrations where no registration links by itself");
    }

    /** An enabled OpenID Connect provider (pointing nowhere) whose emails the realm trusts as verified (removed after the test). */
    private void trustAnIdentityProvidersEmails() {
        IdentityProviderRepresentation provider = new IdentityProviderRepresentation();
        provider.setAlias(TRUSTED_PROVIDER);
        provider.setProviderId("oidc");
        provider.setEnabled(true);
        provider.setTrustEmail(true);
        provider.setConfig(Map.of("authorizationUrl", "https://idp.invalid/auth", "tokenUrl", "https://idp.invalid/token",
                "clientId", "clinic", "clientSecret", "not-a-secret", "clientAuthMethod", "client_secret_post"));
        try (Response created = realm.admin().identityProviders().create(provider)) {
            assertThat(created.getStatus()).isEqualTo(201);
        }
        realm.cleanup().add(r -> r.identityProviders().get(TRUSTED_PROVIDER).remove());
    }
}
