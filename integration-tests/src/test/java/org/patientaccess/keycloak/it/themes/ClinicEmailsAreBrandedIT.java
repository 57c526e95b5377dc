package org.patientaccess.keycloak.it.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.UserBuilder;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * Every email of the demo realm, ours and Keycloak's, comes in the clinic's layout (the clinic's name
 * in a band of its colour) with a plain-text part, in the invitation's language or the account's.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ClinicEmailsAreBrandedIT {

    static final String STAFF = "staff@riverside-physio.example";
    static final String CLINIC = "Riverside Physiotherapy";
    static final String PASSWORD = "Str0ng-passphrase!";

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi staff;
    private Inbox inbox;
    private RegisteringPeople people;

    @BeforeEach
    void signIn() {
        staff = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), STAFF, "staff");
        inbox = new Inbox(mail);
        people = new RegisteringPeople(urls.getBase(), realm, inbox, staff);
    }

    @Test
    void anInvitationIsInTheClinicsLayoutAndInTheInvitationsLanguage() throws Exception {
        String surname = uniqueSurname("Invitee");
        String patientId = staff.create(patient(null, "Sofia", surname, "2016-04-02", null, null)).path("id").asText();
        String english = surname.toLowerCase() + ".en@family.test";
        String french = surname.toLowerCase() + ".fr@family.test";
        PersonalData.used(english, french);
        int mark = inbox.mark();

        created(staff.post("/" + patientId + "/invitations", Map.of("email", english, "relationship", "PARENT")));
        created(staff.post("/" + patientId + "/invitations", Map.of("email", french, "relationship", "PARENT", "locale", "fr")));

        assertBranded(arrived(english, mark), "en", "Book appointments for Sofia at " + CLINIC,
                CLINIC + " invites you to book and manage appointments for Sofia, as parent.");
        assertBranded(arrived(french, mark), "fr", "Prenez rendez-vous pour Sofia chez " + CLINIC,
                CLINIC + " vous invite à prendre et gérer les rendez-vous de Sofia");
    }

    @Test
    void aPatientIsToldOfANewAccessInTheClinicsLayoutAndInTheirAccountsLanguage() throws Exception {
        String surname = uniqueSurname("Notified");
        String english = account(surname.toLowerCase() + ".en@family.test", "Eve", surname, null);
        String french = account(surname.toLowerCase() + ".fr@family.test", "Élise", surname, "fr");
        String carer = account(surname.toLowerCase() + ".carer@family.test", "Carl", surname, null);
        String englishRecord = ownRecord("Eve", surname, english);
        String frenchRecord = ownRecord("Élise", surname, french);
        int mark = inbox.mark();

        created(staff.post("/" + englishRecord + "/accounts", Map.of("email", carer, "relationship", "CAREGIVER")));
        created(staff.post("/" + frenchRecord + "/accounts", Map.of("email", carer, "relationship", "CAREGIVER")));

        assertBranded(arrived(english, mark), "en", "Someone can now book for you at " + CLINIC,
                "Carl " + surname + " (caregiver) can now book and manage appointments for you at " + CLINIC);
        assertBranded(arrived(french, mark), "fr", "Quelqu'un peut désormais prendre rendez-vous pour vous chez " + CLINIC,
                "Carl " + surname + " (aidant ou aidante) peut désormais prendre et gérer vos rendez-vous chez " + CLINIC);
    }

    @Test
    void registeringBringsAVerificationEmailAndAOneTimeCodeInTheClinicsLayoutAndInTheChosenLanguage() throws Exception {
        registerUnderANewEmail("en", "Confirm your email for online booking", "Welcome to online booking at " + CLINIC,
                "Your code for " + CLINIC, "Someone is creating an online account at " + CLINIC);
        registerUnderANewEmail("fr", "Confirmez votre adresse pour la réservation en ligne", "Bienvenue dans la réservation en ligne de " + CLINIC,
                "Votre code pour " + CLINIC, "Quelqu'un crée un compte en ligne chez " + CLINIC);
    }

    @Test
    void aPasswordResetIsInTheClinicsLayoutAndInTheAccountsLanguage() throws Exception {
        String surname = uniqueSurname("Forgetful");
        String english = account(surname.toLowerCase() + ".en@family.test", "Fred", surname, null);
        String french = account(surname.toLowerCase() + ".fr@family.test", "Félix", surname, "fr");
        int mark = inbox.mark();

        askForANewPassword(english);
        askForANewPassword(french);

        assertBranded(arrived(english, mark), "en", "Choose a new password for online booking",
                "Someone asked for a new password for your online booking account at " + CLINIC);
        assertBranded(arrived(french, mark), "fr", "Choisissez un nouveau mot de passe pour la réservation en ligne",
                "Quelqu'un a demandé un nouveau mot de passe pour votre compte de réservation en ligne chez " + CLINIC);
    }

    /**
     * Registers, in a language chosen on the login page, as a person the clinic knows under another
     * email: the verification email goes to the new address, the code to the one on the record.
     */
    private void registerUnderANewEmail(String language, String verifySubject, String verifyWords, String codeSubject, String codeWords)
            throws Exception {
        String surname = uniqueSurname("Registrant");
        String onFile = surname.toLowerCase() + ".old@family.test";
        String email = surname.toLowerCase() + ".new@family.test";
        staff.create(patient(null, "Marc", surname, "1969-08-14", onFile, "514 555 0177"));
        int mark = inbox.mark();

        try (Browser browser = people.inLanguage(language).registering(email, "Marc", surname, "1969-08-14", "514-555-0177")) {
            assertThat(browser.has("registration-code-form")).as(browser.text()).isTrue();
        }

        assertBranded(inbox.lastTo(email), language, verifySubject, verifyWords);
        assertBranded(arrived(onFile, mark), language, codeSubject, codeWords);
    }

    /** "Forgot password?" on the login page, for this account. */
    private void askForANewPassword(String email) {
        try (Browser browser = new Browser()) {
            browser.open(people.loginUrl("auth"));
            browser.open(urls.getBase() + "/realms/" + realm.getName() + "/login-actions/reset-credentials?client_id=account-console");
            browser.submit("kc-reset-password-form", Map.of("username", email));
            assertThat(browser.status()).as(browser.text()).isEqualTo(200);
        }
    }

    private static void assertBranded(MimeMessage message, String language, String subject, String words) throws Exception {
        String html = Mails.html(message);
        String text = Mails.text(message);
        assertThat(html).as("an HTML part").isNotNull();
        assertThat(text).as("a plain-text part").isNotNull();
        assertThat(message.getSubject()).isEqualTo(subject);
        assertThat(html).as("the clinic's layout, in the message's language")
                .contains("<html lang=\"" + language + "\"")
                .containsPattern("<td style=\"background-color:" + ClinicThemeProperties.email().get("clinicColor")
                        + ";[^\"]*\"><h1 id=\"clinic-name\" style=\"[^\"]*color:#ffffff;[^\"]*\">" + CLINIC + "</h1></td>")
                .contains(escaped(words));
        assertThat(text).as("the plain-text part").contains(words).doesNotContain("<p>", "<td");
    }

    /** The HTML part escapes apostrophes, as FreeMarker's HTML output does. */
    private static String escaped(String words) {
        return words.replace("'", "&#39;");
    }

    private MimeMessage arrived(String address, int mark) throws InterruptedException {
        inbox.awaitTo(address, mark);
        assertThat(inbox.countTo(address, mark)).as("one message to " + address).isEqualTo(1);
        return inbox.lastTo(address);
    }

    /** An account of the realm; {@code locale} as the account console's language setting keeps it (null: none chosen). */
    private String account(String email, String firstName, String lastName, String locale) {
        PersonalData.used(email, firstName, lastName);
        UserBuilder user = UserBuilder.create(email).email(email).emailVerified(true).name(firstName, lastName).password(PASSWORD);
        realm.addUser(locale == null ? user : user.attribute("locale", locale));
        return email;
    }

    /** A patient record whose own account (SELF) is this one. */
    private String ownRecord(String firstName, String lastName, String email) {
        String id = staff.create(patient(null, firstName, lastName, "1980-02-03", null, null)).path("id").asText();
        created(staff.post("/" + id + "/accounts", Map.of("email", email, "relationship", "SELF")));
        return id;
    }

    private static void created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
