package org.patientaccess.keycloak.it.support.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;

/**
 * People registering through a realm's own pages (names, birth date, phone, as the demo realm asks),
 * verifying their email from the real message and setting a password; and the staff's queue of what
 * became of them.
 */
public final class RegisteringPeople {

    public static final String PASSWORD = "Str0ng-passphrase!";

    /** How long a registering person waits for a code that may never come: codes are mailed after the page answers. */
    public static final Duration CODE_WAIT = Duration.ofSeconds(3);

    private final String serverUrl;
    private final ManagedRealm realm;
    private final Inbox inbox;
    private final PatientAccessApi staff;
    /** The language chosen on the login pages (Keycloak's {@code kc_locale}), or null for the browser's own. */
    private final String language;

    public RegisteringPeople(String serverUrl, ManagedRealm realm, Inbox inbox, PatientAccessApi staff) {
        this(serverUrl, realm, inbox, staff, null);
    }

    private RegisteringPeople(String serverUrl, ManagedRealm realm, Inbox inbox, PatientAccessApi staff, String language) {
        this.serverUrl = serverUrl;
        this.realm = realm;
        this.inbox = inbox;
        this.staff = staff;
        this.language = language;
    }

    /** The same people, choosing this language on the login pages as the language menu does (the account keeps it). */
    public RegisteringPeople inLanguage(String languageTag) {
        return new RegisteringPeople(serverUrl, realm, inbox, staff, languageTag);
    }

    /** Registers and, on the page that offers to link with a code, continues without one. */
    public void register(String email, String firstName, String lastName, String birthDate, String phone) throws Exception {
        continueToTheAccount(registering(email, firstName, lastName, birthDate, phone));
    }

    /**
     * The same in a realm whose registration form asks for the password itself (the registration flow's
     * password step configured with {@code always_set_password_on_register_form}): the password is set
     * before the email is verified, and the verification link leads to the realm's next step.
     */
    public void registerWithThePasswordOnTheForm(String email, String firstName, String lastName, String birthDate, String phone)
            throws Exception {
        continueToTheAccount(verified(email, firstName, lastName, birthDate, phone, Map.of("password", PASSWORD, "password-confirm", PASSWORD)));
    }

    /**
     * Registers as someone who also reads {@code mailbox} (the email they put on a record): on the page that
     * offers to link with a code, enters the code if one arrives there within a few seconds, else continues
     * without one. What an attacker who controls the record's email would do.
     */
    public void registerUsingAnyCodeSentTo(String mailbox, String email, String firstName, String lastName, String birthDate,
                                           String phone) throws Exception {
        int mark = inbox.mark();
        Browser browser = registering(email, firstName, lastName, birthDate, phone);
        if (browser.has("registration-code-form")) {
            int verification = mailbox.equals(email) ? 1 : 0;
            if (inbox.awaitCount(mailbox, mark, verification + 1, CODE_WAIT)) {
                browser.submit("registration-code-form", Map.of("code", inbox.awaitCode(mailbox, mark)));
            }
        }
        continueToTheAccount(browser);
    }

    /** On the page that offers to link with a code, continues without one; then the account console. */
    private static void continueToTheAccount(Browser registered) {
        try (Browser browser = registered) {
            if (browser.has("registration-code-form")) {
                browser.click("registration-code-continue");
            }
            assertThat(browser.url()).as(browser.text()).contains("/account");
        }
    }

    /** A browser that has registered, verified the email and set the password: at the realm's next step. */
    public Browser registering(String email, String firstName, String lastName, String birthDate, String phone) throws Exception {
        return registering(email, firstName, lastName, birthDate, phone, () -> { });
    }

    /** The same, running {@code beforeSettingPassword} just before the form whose answer is the realm's next step. */
    public Browser registering(String email, String firstName, String lastName, String birthDate, String phone,
                               Runnable beforeSettingPassword) throws Exception {
        Browser browser = verified(email, firstName, lastName, birthDate, phone, Map.of());
        beforeSettingPassword.run();
        browser.submit("kc-passwd-update-form", Map.of("password-new", PASSWORD, "password-confirm", PASSWORD));
        return browser;
    }

    /** A browser that has filled the registration form (with {@code moreFields}) and opened the link of the email it sent. */
    private Browser verified(String email, String firstName, String lastName, String birthDate, String phone,
                             Map<String, String> moreFields) throws Exception {
        PersonalData.used(email, firstName, lastName, birthDate);
        PersonalData.usedPhone(phone);
        int mark = inbox.mark();
        Browser browser = new Browser();
        browser.open(loginUrl("registrations"));
        Map<String, String> fields = new HashMap<>(Map.of("email", email, "firstName", firstName, "lastName", lastName,
                "birthDate", birthDate, "phoneNumber", phone));
        fields.putAll(moreFields);
        browser.submit("kc-register-form", fields);
        inbox.awaitTo(email, mark);
        assertThat(inbox.countTo(email, mark)).as(browser.text()).isEqualTo(1);
        browser.open(Mails.link(inbox.lastTo(email), "login-actions/action-token"));
        return browser;
    }

    /** A browser of someone who registered earlier, signed in again on the login page of the account console. */
    public Browser loggingIn(String email) {
        return new Browser().open(loginUrl("auth")).logIn(email, PASSWORD);
    }

    /** The patients a registered person may act for, from their own API. */
    public JsonNode patientsOf(String email) {
        return PatientAccessApi.personSignedInAs(serverUrl, realm, email, PASSWORD).get("/patients").json();
    }

    /**
     * Takes the steps still pending off a registered account (as an administrator would), so that it
     * may sign in to its own API whatever page the registration stopped on: what it acts for stays as is.
     */
    public void clearPendingSteps(String email) {
        List<UserRepresentation> found = realm.admin().users().searchByEmail(email, true);
        assertThat(found).as("the account of " + email).hasSize(1);
        UserRepresentation account = found.get(0);
        if (account.getRequiredActions() != null && !account.getRequiredActions().isEmpty()) {
            account.setRequiredActions(List.of());
            realm.admin().users().get(account.getId()).update(account);
        }
    }

    /** The staff's queue entry of a registered person. */
    public JsonNode queueEntryOf(String email) {
        return registrations().entryOf(email);
    }

    /** The staff's queue entry of a record (a dependent a family added). */
    public JsonNode queueEntryFor(String patientId) {
        return registrations().entryFor(patientId);
    }

    /** The staff's "Online registrations" queue of the realm. */
    public RegistrationQueue registrations() {
        return new RegistrationQueue(staff, realm.getName());
    }

    /** The "Online registrations" queue as staff call it. */
    public PatientAccessApi queue() {
        return queueAs(staff);
    }

    public PatientAccessApi queueAs(PatientAccessApi api) {
        return api.at("/admin/realms/" + realm.getName() + "/patient-access/registrations");
    }

    /** An authorization request of the account console (which requires PKCE) at one of the realm's login endpoints ({@code auth}, {@code registrations}). */
    public String loginUrl(String endpoint) {
        return serverUrl + "/realms/" + realm.getName() + "/protocol/openid-connect/" + endpoint
                + "?client_id=account-console&response_type=code&scope=openid&code_challenge_method=S256"
                + "&code_challenge=" + "x".repeat(43)
                + "&redirect_uri=" + PatientAccessApi.encode(serverUrl + "/realms/" + realm.getName() + "/account/")
                + (language == null ? "" : "&kc_locale=" + language);
    }
}
