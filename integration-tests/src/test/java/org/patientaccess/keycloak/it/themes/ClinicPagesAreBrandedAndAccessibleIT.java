package org.patientaccess.keycloak.it.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.Screenshots;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * The demo realm's login pages in headless Chromium: the clinic's logo and colour from the theme's
 * properties, and no serious or critical axe-core violation on Keycloak's pages (login, registration,
 * reset password) nor on ours (invitation, its answer, a dead link, the code page, the patient picker).
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ClinicPagesAreBrandedAndAccessibleIT {

    static final String STAFF = "staff@riverside-physio.example";
    static final String CLINIC = "Riverside Physiotherapy";
    static final String PARENT = "maria.garcia@example.com";
    static final String PARENT_PASSWORD = "patient";
    static final String BOOKING_APP = "booking-app";
    static final String BOOKING_APP_REDIRECT = "http://localhost:3000/callback";

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi staff;
    private Inbox inbox;
    private RegisteringPeople people;
    private Screen screen;

    @BeforeEach
    void setUp() {
        staff = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), STAFF, "staff");
        inbox = new Inbox(mail);
        people = new RegisteringPeople(urls.getBase(), realm, inbox, staff);
        screen = chromium.screen();
    }

    @Test
    void theLoginPageShowsTheClinicsNameLogoAndColour() {
        ClinicThemeProperties theme = ClinicThemeProperties.login();
        screen.open(people.loginUrl("auth"));

        WebElement signIn = screen.button("Sign In");
        assertThat(signIn.getCssValue("background-color")).as("the primary button").isEqualTo(theme.rgba("clinicColor"));
        assertThat(signIn.getCssValue("color")).as("white on the clinic's colour").isEqualTo("rgba(255, 255, 255, 1)");
        assertThat(screen.link("Forgot Password?").getCssValue("color")).as("a link").isEqualTo(theme.rgba("clinicColor"));
        WebElement header = screen.find(By.id("kc-header-wrapper"));
        assertThat(header.getAttribute("textContent")).as("the realm's display name").contains(CLINIC);
        String logo = (String) driver().executeScript(
                "return getComputedStyle(arguments[0], '::before').backgroundImage", header);
        assertThat(logo).as("the logo above the name").endsWith("/" + theme.get("clinicLogo") + "\")");
        assertThat(served(logo.substring("url(\"".length(), logo.length() - "\")".length()))).isEqualTo("image/svg+xml");

        pictured("login-page", "the login page");
    }

    @Test
    void keycloaksRegistrationAndResetPasswordPagesHaveNoSeriousAccessibilityViolation() {
        screen.open(people.loginUrl("auth"));
        screen.link("Register").click();
        screen.heading("Create your account");
        pictured("registration-page", "the registration page");

        screen.open(people.loginUrl("auth"));
        screen.link("Forgot Password?").click();
        screen.heading("Forgot Your Password?");
        pictured("reset-password-page", "the reset password page");
    }

    @Test
    void theInvitationItsAnswerAndADeadLinkHaveNoSeriousAccessibilityViolation() throws Exception {
        String surname = uniqueSurname("Invited");
        String patientId = staff.create(patient(null, "Sofia", surname, "2016-04-02", null, null)).path("id").asText();
        int mark = inbox.mark();
        created(staff.post("/" + patientId + "/invitations", Map.of("email", PARENT, "relationship", "PARENT")));
        inbox.awaitTo(PARENT, mark);
        String email = Mails.html(inbox.lastTo(PARENT));

        showEmail(email);
        pictured("email-invitation", "the invitation email");

        screen.open(Mails.link(inbox.lastTo(PARENT), "/patient-access/invitation?token="));
        screen.heading("Invitation from " + CLINIC);
        assertThat(screen.link("I have an account: log in").getCssValue("background-color"))
                .isEqualTo(ClinicThemeProperties.login().rgba("clinicColor"));
        pictured("invitation-page", "the invitation page");

        screen.link("I have an account: log in").click();
        screen.find(By.id("password")).sendKeys(PARENT_PASSWORD);
        screen.find(By.id("kc-login")).click();
        screen.button("Accept");
        screen.button("Decline");
        pictured("invitation-answer", "the invitation's Accept and Decline");
        screen.button("Decline").click();
        // The answer sends the browser on to the app; opening the next page before it has left could
        // let that redirect land on top of it.
        screen.waitUntil("the answer to lead away from Keycloak", () -> !screen.url().startsWith(urls.getBase()));

        screen.open(urls.getBase() + "/realms/" + realm.getName() + "/patient-access/invitation?token=not-a-token");
        screen.heading("This invitation is no longer valid");
        pictured("invitation-no-longer-valid", "the page of a dead invitation link");
    }

    @Test
    void theCodePageHasNoSeriousAccessibilityViolationBeforeOrAfterAWrongCode() throws Exception {
        String surname = uniqueSurname("Coded");
        String onFile = surname.toLowerCase() + ".old@family.test";
        String email = surname.toLowerCase() + ".new@family.test";
        PersonalData.used(email);
        staff.create(patient(null, "Marc", surname, "1969-08-14", onFile, "514 555 0177"));
        int mark = inbox.mark();

        screen.open(people.loginUrl("registrations"));
        screen.heading("Create your account");
        screen.fill("Email", email).fill("First name", "Marc").fill("Last name", surname).fill("Phone number", "514-555-0177");
        // A date field takes its value in the browser's own format; the page reads ISO either way.
        driver().executeScript("arguments[0].value = '1969-08-14'", screen.find(By.id("birthDate")));
        screen.button("Register").click();
        inbox.awaitTo(email, mark);
        screen.open(Mails.link(inbox.lastTo(email), "login-actions/action-token"));
        screen.find(By.id("password-new")).sendKeys(RegisteringPeople.PASSWORD);
        screen.find(By.id("password-confirm")).sendKeys(RegisteringPeople.PASSWORD);
        screen.find(By.id("kc-submit")).click();

        screen.heading("Link your account to your record");
        pictured("registration-code", "the code page");
        screen.textbox("Code").sendKeys("000000".equals(inbox.awaitCode(onFile, mark)) ? "111111" : "000000");
        screen.button("Link my record").click();
        screen.text("That code is not right");
        assertThat(screen.textbox("Code").getAttribute("aria-invalid")).isEqualTo("true");
        pictured("registration-code-wrong", "the code page after a wrong code");
    }

    @Test
    void thePatientPickerHasNoSeriousAccessibilityViolation() {
        String surname = uniqueSurname("Picker");
        String own = staff.create(patient(null, "Maria", surname, "1984-06-02", null, null)).path("id").asText();
        String child = staff.create(patient(null, "Lucas", surname, "2015-09-12", null, null)).path("id").asText();
        created(staff.post("/" + own + "/accounts", Map.of("email", PARENT, "relationship", "SELF")));
        created(staff.post("/" + child + "/accounts", Map.of("email", PARENT, "relationship", "PARENT")));

        screen.open(urls.getBase() + "/realms/" + realm.getName() + "/protocol/openid-connect/auth?client_id=" + BOOKING_APP
                + "&response_type=code&scope=" + PatientAccessApi.encode("openid patient-context")
                + "&redirect_uri=" + PatientAccessApi.encode(BOOKING_APP_REDIRECT)
                + "&code_challenge_method=S256&code_challenge=" + "x".repeat(43));
        screen.find(By.id("username")).sendKeys(PARENT);
        screen.find(By.id("password")).sendKeys(PARENT_PASSWORD);
        screen.find(By.id("kc-login")).click();

        screen.heading("Who are you booking for?");
        screen.text("Lucas " + surname);
        pictured("patient-picker", "the patient picker");
    }

    /** Shows an email's HTML part as a mail program would (no server, no scripts of the page). */
    private void showEmail(String html) {
        driver().get("data:text/html;charset=utf-8;base64," + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
        screen.find(By.id("clinic-name"));
    }

    /** The content type the server answers for a URL the page uses, fetched by the page. */
    private String served(String url) {
        Object type = driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => done(r.ok ? r.headers.get('content-type') : 'HTTP ' + r.status), e => done(String(e)));", url);
        return String.valueOf(type).replaceAll(";.*", "");
    }

    private void pictured(String screenshot, String what) {
        Screenshots.save(driver(), screenshot);
        Accessibility.assertNoSeriousViolations(driver(), what);
    }

    private ChromeDriver driver() {
        return chromium.driver();
    }

    private static void created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
