package org.patientaccess.keycloak.it.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.browser.SecurityHeaders;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * A code sent to the email on a clinic's record proves it to someone registering under another email:
 * limited per record, whoever registers, in whichever session, and never a hint of who the clinic knows.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class OneTimeCodesProveARecordIT {

    static final String STAFF = "staff@riverside-physio.example";

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
    void aCertainMatchUnderAnotherEmailIsProvedByACodeSentToTheEmailOnTheRecord() throws Exception {
        String surname = uniqueSurname("Lavoie");
        String onFile = surname.toLowerCase() + ".old@family.test";
        String email = surname.toLowerCase() + ".new@family.test";
        String record = staff.create(patient(null, "Marc", surname, "1969-08-14", onFile, "514 555 0177")).path("id").asText();

        try (Browser browser = people.registering(email, "Marc", surname, "1969-08-14", "514-555-0177")) {
            assertThat(browser.has("registration-code-form")).as(browser.text()).isTrue();
            assertThat(browser.text()).doesNotContain(onFile).doesNotContain(record);
            SecurityHeaders.ofLoginPage(urls.getBase(), realm.getName())
                    .forEach((header, value) -> assertThat(browser.header(header)).as(header).isEqualTo(value));
            String code = inbox.awaitCode(onFile, 0);

            browser.submit("registration-code-form", Map.of("code", "000000".equals(code) ? "111111" : "000000"));
            assertThat(browser.text()).contains("That code is not right");
            browser.submit("registration-code-form", Map.of("code", code));
            assertThat(browser.url()).as(browser.text()).contains("/account");
        }

        assertThat(people.patientsOf(email)).singleElement()
                .satisfies(mine -> assertThat(mine.path("patientId").asText()).isEqualTo(record));
        assertThat(people.queueEntryOf(email).path("status").asText()).isEqualTo("AUTO_LINKED");
    }

    @Test
    void wrongCodesAreCountedPerRecordSoANewRegistrationDoesNotGetMoreTries() throws Exception {
        String surname = uniqueSurname("Lambert");
        String onFile = surname.toLowerCase() + ".old@family.test";
        String record = staff.create(patient(null, "Paul", surname, "1966-07-21", onFile, "514 555 0123")).path("id").asText();
        String guesser = surname.toLowerCase() + ".guesser@elsewhere.test";

        try (Browser browser = people.registering(guesser, "Paul", surname, "1966-07-21", "514-555-0123")) {
            for (int i = 0; i < 4; i++) {
                browser.submit("registration-code-form", Map.of("code", "00000" + i));
                assertThat(browser.text()).contains("That code is not right");
            }
            browser.submit("registration-code-form", Map.of("code", "000009"));
            assertThat(browser.has("registration-code-used-up")).as(browser.text()).isTrue();
            assertThat(browser.text()).contains("contact the clinic");
            browser.click("registration-code-continue");
            assertThat(browser.url()).as(browser.text()).contains("/account");
        }
        // The record's owner registers next, in a new session, and gets the code: the record has no tries left today.
        String owner = surname.toLowerCase() + ".new@family.test";
        int mails = inbox.mark();
        try (Browser browser = people.registering(owner, "Paul", surname, "1966-07-21", "514-555-0123")) {
            String code = inbox.awaitCode(onFile, mails);
            browser.submit("registration-code-form", Map.of("code", code));
            assertThat(browser.text()).contains("That code is not right");
            browser.click("registration-code-continue");
        }

        assertThat(people.patientsOf(owner)).singleElement().satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(record));
        assertThat(people.patientsOf(guesser)).singleElement().satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(record));
        assertThat(people.queueEntryOf(owner).path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void atMostThreeCodesADayAreSentForOneRecordWhoeverRegisters() throws Exception {
        String surname = uniqueSurname("Girard");
        String onFile = surname.toLowerCase() + ".old@family.test";
        staff.create(patient(null, "Anne", surname, "1979-10-10", onFile, "514 555 0124"));
        int mails = inbox.mark();

        for (int i = 1; i <= 4; i++) {
            people.register(surname.toLowerCase() + "." + i + "@elsewhere.test", "Anne", surname, "1979-10-10", "514-555-0124");
        }

        Thread.sleep(2_000);
        assertThat(inbox.countTo(onFile, mails)).isEqualTo(3);
    }

    @Test
    void theCodePageDoesNotWaitForTheMailSoItsTimingTellsNothing() throws Exception {
        String surname = uniqueSurname("Fontaine");
        String email = surname.toLowerCase() + "@family.test";
        staff.create(patient(null, "Rémi", surname, "1970-02-02", surname.toLowerCase() + ".old@family.test", "514 555 0127"));
        RealmRepresentation settings = realm.admin().toRepresentation();
        Map<String, String> smtp = Map.copyOf(settings.getSmtpServer());
        long[] answeredIn = new long[1];
        // A mail server that takes connections and never answers: a send in the request would wait for
        // Keycloak's SMTP timeout (10 seconds) before the page could answer.
        try (ServerSocket silentMailServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            try (Browser browser = people.registering(email, "Rémi", surname, "1970-02-02", "514-555-0127", () -> {
                Map<String, String> silent = new HashMap<>(smtp);
                silent.put("port", String.valueOf(silentMailServer.getLocalPort()));
                settings.setSmtpServer(silent);
                realm.admin().update(settings);
                answeredIn[0] = System.nanoTime();
            })) {
                answeredIn[0] = System.nanoTime() - answeredIn[0];
                assertThat(browser.has("registration-code-form")).as(browser.text()).isTrue();
            }
        } finally {
            settings.setSmtpServer(smtp);
            realm.admin().update(settings);
        }
        assertThat(Duration.ofNanos(answeredIn[0])).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theLinkingStepComesOffTheAccountOnceItHasHadItsOutcome() throws Exception {
        String surname = uniqueSurname("Dubois");
        String email = surname.toLowerCase() + "@family.test";
        staff.create(patient(null, "Luc", surname, "1959-05-17", surname.toLowerCase() + ".old@family.test", "514 555 0125"));
        try (Browser browser = people.registering(email, "Luc", surname, "1959-05-17", "514-555-0125")) {
            for (int i = 0; i < 5; i++) {
                browser.submit("registration-code-form", Map.of("code", "12345" + i));
            }
            assertThat(browser.has("registration-code-used-up")).as(browser.text()).isTrue();
        }

        try (Browser browser = people.loggingIn(email)) {
            assertThat(browser.url()).as(browser.text()).contains("/account");
            assertThat(browser.has("registration-code-form")).as(browser.text()).isFalse();
        }
        assertThat(people.queueEntryOf(email).path("status").asText()).isEqualTo("PENDING");
    }
}
