package org.patientaccess.keycloak.it.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
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
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.browser.SecurityHeaders;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.mail.Mails;

/** Registration through Keycloak's own pages of the demo clinic realm (names, birth date, phone). */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class OnlineRegistrationsAreLinkedIT {

    static final String STAFF = "staff@riverside-physio.example";
    static final String PASSWORD = "Str0ng-passphrase!";

    @InjectRealm(fromJson = "/realm-config/clinic-realm.json")
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi staff;

    @BeforeEach
    void signIn() {
        staff = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), STAFF, "staff");
    }

    @Test
    void aCertainMatchWhoseEmailIsOnTheRecordLinksByItself() throws Exception {
        String surname = uniqueSurname("Tremblay");
        String email = surname.toLowerCase() + "@family.test";
        String record = staff.create(patient(null, "Nadia", surname, "1990-04-05", email, "514 555 0101")).path("id").asText();

        register(email, "Nadia", surname, "1990-04-05", "514-555-0101");

        assertThat(myPatients(email)).singleElement().satisfies(mine -> {
            assertThat(mine.path("patientId").asText()).isEqualTo(record);
            assertThat(mine.path("relationship").asText()).isEqualTo("SELF");
        });
        assertThat(queueEntryOf(email).path("status").asText()).isEqualTo("AUTO_LINKED");
    }

    @Test
    void aCertainMatchUnderAnotherEmailIsProvedByACodeSentToTheEmailOnTheRecord() throws Exception {
        String surname = uniqueSurname("Lavoie");
        String onFile = surname.toLowerCase() + ".old@family.test";
        String email = surname.toLowerCase() + ".new@family.test";
        String record = staff.create(patient(null, "Marc", surname, "1969-08-14", onFile, "514 555 0177")).path("id").asText();

        try (Browser browser = registering(email, "Marc", surname, "1969-08-14", "514-555-0177")) {
            assertThat(browser.has("registration-code-form")).as(browser.text()).isTrue();
            assertThat(browser.text()).doesNotContain(onFile).doesNotContain(record);
            SecurityHeaders.ofLoginPage(urls.getBase(), realm.getName())
                    .forEach((header, value) -> assertThat(browser.header(header)).as(header).isEqualTo(value));
            String code = awaitCode(onFile, 0);

            browser.submit("registration-code-form", Map.of("code", "000000".equals(code) ? "111111" : "000000"));
            assertThat(browser.text()).contains("That code is not right");
            browser.submit("registration-code-form", Map.of("code", code));
            assertThat(browser.url()).as(browser.text()).contains("/account");
        }

        assertThat(myPatients(email)).singleElement()
                .satisfies(mine -> assertThat(mine.path("patientId").asText()).isEqualTo(record));
        assertThat(queueEntryOf(email).path("status").asText()).isEqualTo("AUTO_LINKED");
    }

    @Test
    void aProbableMatchGetsAProvisionalRecordAndWaitsForStaff() throws Exception {
        String surname = uniqueSurname("Garcia");
        String email = surname.toLowerCase() + "@family.test";
        String record = staff.create(patient(null, "Maria", surname, "1984-06-02", null, null)).path("id").asText();

        register(email, "Maria", surname, "1984-06-02", "");

        JsonNode mine = myPatients(email).get(0);
        assertThat(mine.path("patientId").asText()).isNotEqualTo(record);
        assertThat(staff.get("/" + mine.path("patientId").asText()).json().path("source").asText()).isEqualTo("ONLINE");
        JsonNode entry = queueEntryOf(email);
        assertThat(entry.path("status").asText()).isEqualTo("PENDING");
        assertThat(entry.path("claimed").path("birthDate").asText()).isEqualTo("1984-06-02");
        assertThat(entry.path("claimedVerification").path("birthDate").asText()).as("typed by the person").isEqualTo("UNVERIFIED");
        assertThat(entry.path("claimedVerification").path("email").asText()).as("confirmed by Keycloak").isEqualTo("VERIFIED");
        assertThat(entry.path("candidates")).anySatisfy(candidate -> {
            assertThat(candidate.path("patient").path("id").asText()).isEqualTo(record);
            assertThat(candidate.path("grade").asText()).isEqualTo("probable");
        });

        PatientAccessApi queue = queue();
        assertThat(queue.post("/" + entry.path("id").asText() + "/keep", PatientAccessApi.JSON, "").status()).isEqualTo(204);
        assertThat(queue.post("/" + entry.path("id").asText() + "/keep", PatientAccessApi.JSON, "").status()).isEqualTo(409);
        assertThat(queueEntryOf(email).path("status").asText()).isEqualTo("KEPT_AS_NEW");
    }

    @Test
    void staffMergeAQueuedRegistrationIntoTheExistingRecordWhichTheAccountThenActsFor() throws Exception {
        String surname = uniqueSurname("Roy");
        String email = surname.toLowerCase() + "@family.test";
        String record = staff.create(patient(null, "Julie", surname, "1975-09-30", null, null)).path("id").asText();
        register(email, "Julie", surname, "1975-09-30", "");
        JsonNode entry = queueEntryOf(email);
        String provisional = entry.path("patient").path("id").asText();

        ApiResponse merged = queue().post("/" + entry.path("id").asText() + "/merge",
                Map.of("into", record, "take", List.of("email")));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().path("survivor").path("email").asText()).isEqualTo(email);
        assertThat(myPatients(email)).singleElement().satisfies(mine -> {
            assertThat(mine.path("patientId").asText()).isEqualTo(record);
            assertThat(mine.path("relationship").asText()).isEqualTo("SELF");
        });
        assertThat(staff.get("/" + provisional).json().path("id").asText()).isEqualTo(record);
        assertThat(queueEntryOf(email).path("status").asText()).isEqualTo("MERGED");
    }

    @Test
    void someoneTheClinicHasNeverSeenGetsAProvisionalRecordQueuedWithoutCandidates() throws Exception {
        String surname = uniqueSurname("Zhang");
        String email = surname.toLowerCase() + "@family.test";

        register(email, "Wei", surname, "1993-02-14", "");

        assertThat(myPatients(email)).singleElement().satisfies(mine -> assertThat(mine.path("relationship").asText()).isEqualTo("SELF"));
        JsonNode entry = queueEntryOf(email);
        assertThat(entry.path("status").asText()).isEqualTo("PENDING");
        assertThat(entry.path("candidates")).isEmpty();
    }

    @Test
    void aChildNamedAfterTheirParentIsNotLinkedToTheParent() throws Exception {
        String surname = uniqueSurname("Garcia");
        String familyEmail = surname.toLowerCase() + "@family.test";
        String father = staff.create(patient(null, "Luis", surname, "1982-11-20", familyEmail, "416 555 0178")).path("id").asText();

        register(familyEmail, "Luis", surname, "2008-11-20", "416-555-0178");

        assertThat(myPatients(familyEmail)).singleElement()
                .satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(father));
        assertThat(queueEntryOf(familyEmail).path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aHouseholdEmailProvesNoOneSoATwinWaitsForStaffWithTheirOwnRecordAsTheCandidate() throws Exception {
        String surname = uniqueSurname("Nguyen");
        String familyEmail = surname.toLowerCase() + "@family.test";
        String sofia = staff.create(patient(null, "Sofia", surname, "2008-03-09", familyEmail, null)).path("id").asText();
        String mateo = staff.create(patient(null, "Mateo", surname, "2008-03-09", familyEmail, null)).path("id").asText();

        register(familyEmail, "Mateo", surname, "2008-03-09", "");

        assertThat(myPatients(familyEmail)).singleElement()
                .satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotIn(sofia, mateo));
        JsonNode entry = queueEntryOf(familyEmail);
        assertThat(entry.path("status").asText()).isEqualTo("PENDING");
        assertThat(entry.path("candidates").get(0).path("patient").path("id").asText()).isEqualTo(mateo);
    }

    @Test
    void aDependentPlantedByAnotherFamilyIsNeverLinkedToThePersonWhoRegisters() throws Exception {
        String surname = uniqueSurname("Petrov");
        String victorsEmail = surname.toLowerCase() + "@stranger.test";
        PatientAccessApi maria = PatientAccessApi.personSignedInAs(urls.getBase(), realm, "maria.garcia@example.com", "patient");
        ApiResponse planted = maria.post("/dependents", patient(null, "Victor", surname, "1971-02-03", victorsEmail, "514 555 0199"));
        assertThat(planted.status()).as(planted.toString()).isEqualTo(201);
        String plantedRecord = planted.json().path("patientId").asText();

        register(victorsEmail, "Victor", surname, "1971-02-03", "514-555-0199");

        JsonNode victors = myPatients(victorsEmail);
        assertThat(victors).singleElement().satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(plantedRecord));
        assertThat(queueEntryOf(victorsEmail).path("status").asText()).isEqualTo("PENDING");
        assertThat(maria.get("/patients").json()).extracting(p -> p.path("patientId").asText())
                .doesNotContain(victors.get(0).path("patientId").asText());
    }

    @Test
    void aRecordSomeoneAlreadyActsForIsNotLinkedByItselfNorSentACode() throws Exception {
        String surname = uniqueSurname("Moreau");
        String email = surname.toLowerCase() + "@family.test";
        String record = staff.create(patient(null, "Claire", surname, "1988-12-01", surname.toLowerCase() + ".old@family.test", "514 555 0126")).path("id").asText();
        ApiResponse granted = staff.post("/" + record + "/accounts", Map.of("email", "maria.garcia@example.com", "relationship", "CAREGIVER"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        int mails = mail.getReceivedMessages().length;

        register(email, "Claire", surname, "1988-12-01", "514-555-0126");

        assertThat(myPatients(email)).singleElement().satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(record));
        assertThat(queueEntryOf(email).path("status").asText()).isEqualTo("PENDING");
        assertThat(mailsTo(surname.toLowerCase() + ".old@family.test", mails)).isZero();
    }

    @Test
    void wrongCodesAreCountedPerRecordSoANewRegistrationDoesNotGetMoreTries() throws Exception {
        String surname = uniqueSurname("Lambert");
        String onFile = surname.toLowerCase() + ".old@family.test";
        String record = staff.create(patient(null, "Paul", surname, "1966-07-21", onFile, "514 555 0123")).path("id").asText();
        String guesser = surname.toLowerCase() + ".guesser@elsewhere.test";

        try (Browser browser = registering(guesser, "Paul", surname, "1966-07-21", "514-555-0123")) {
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
        int mails = mail.getReceivedMessages().length;
        try (Browser browser = registering(owner, "Paul", surname, "1966-07-21", "514-555-0123")) {
            String code = awaitCode(onFile, mails);
            browser.submit("registration-code-form", Map.of("code", code));
            assertThat(browser.text()).contains("That code is not right");
            browser.click("registration-code-continue");
        }

        assertThat(myPatients(owner)).singleElement().satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(record));
        assertThat(myPatients(guesser)).singleElement().satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(record));
        assertThat(queueEntryOf(owner).path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void atMostThreeCodesADayAreSentForOneRecordWhoeverRegisters() throws Exception {
        String surname = uniqueSurname("Girard");
        String onFile = surname.toLowerCase() + ".old@family.test";
        staff.create(patient(null, "Anne", surname, "1979-10-10", onFile, "514 555 0124"));
        int mails = mail.getReceivedMessages().length;

        for (int i = 1; i <= 4; i++) {
            register(surname.toLowerCase() + "." + i + "@elsewhere.test", "Anne", surname, "1979-10-10", "514-555-0124");
        }

        Thread.sleep(2_000);
        assertThat(mailsTo(onFile, mails)).isEqualTo(3);
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
            try (Browser browser = registering(email, "Rémi", surname, "1970-02-02", "514-555-0127", () -> {
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
        try (Browser browser = registering(email, "Luc", surname, "1959-05-17", "514-555-0125")) {
            for (int i = 0; i < 5; i++) {
                browser.submit("registration-code-form", Map.of("code", "12345" + i));
            }
            assertThat(browser.has("registration-code-used-up")).as(browser.text()).isTrue();
        }

        try (Browser browser = new Browser()) {
            browser.open(urls.getBase() + "/realms/" + realm.getName() + "/protocol/openid-connect/auth"
                    + "?client_id=account-console&response_type=code&scope=openid&code_challenge_method=S256"
                    + "&code_challenge=" + "x".repeat(43)
                    + "&redirect_uri=" + PatientAccessApi.encode(urls.getBase() + "/realms/" + realm.getName() + "/account/"))
                    .logIn(email, PASSWORD);
            assertThat(browser.url()).as(browser.text()).contains("/account");
            assertThat(browser.has("registration-code-form")).as(browser.text()).isFalse();
        }
        assertThat(queueEntryOf(email).path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void deletingAnAccountForgetsWhatItClaimedAndEndsItsGrantsKeepingTheirHistory() throws Exception {
        String surname = uniqueSurname("Kowalski");
        String email = surname.toLowerCase() + "@family.test";
        register(email, "Ewa", surname, "1985-03-03", "514-555-0142");
        JsonNode entry = queueEntryOf(email);
        String provisional = entry.path("patient").path("id").asText();

        realm.admin().users().get(entry.path("userId").asText()).remove();

        assertThat(queue().get("?max=100").json()).noneSatisfy(e -> assertThat(e.path("id").asText()).isEqualTo(entry.path("id").asText()));
        assertThat(queue().get("?max=100").body()).doesNotContain(surname).doesNotContain("1985-03-03");
        assertThat(staff.get("/" + provisional + "/accounts?includeEnded=true").json()).singleElement().satisfies(grant -> {
            assertThat(grant.path("userId").asText()).isEqualTo(entry.path("userId").asText());
            assertThat(grant.path("status").asText()).isEqualTo("REVOKED");
        });
    }

    @Test
    void mergingAFamilysDependentIntoAPersonsRecordTellsThatPersonsOwnAccount() throws Exception {
        String surname = uniqueSurname("Ivanova");
        String email = surname.toLowerCase() + "@family.test";
        String record = staff.create(patient(null, "Olga", surname, "1948-09-09", email, "514 555 0128")).path("id").asText();
        register(email, "Olga", surname, "1948-09-09", "514-555-0128");
        PatientAccessApi maria = PatientAccessApi.personSignedInAs(urls.getBase(), realm, "maria.garcia@example.com", "patient");
        String dependent = maria.post("/dependents", patient(null, "Olga", surname, "1948-09-09", null, null)).json().path("patientId").asText();
        int mails = mail.getReceivedMessages().length;

        ApiResponse merged = queue().post("/" + queueEntryFor(dependent).path("id").asText() + "/merge", Map.of("into", record));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(mailsTo(email, mails)).as("the grant that moved is told to Olga's own account").isEqualTo(1);
        assertThat(lastMailTo(email).getSubject()).contains("can now book for you");
    }

    @Test
    void aDependentAddedByAFamilyIsProvisionalAndQueuedEvenWhenTheClinicKnowsThem() {
        String surname = uniqueSurname("Garcia");
        String known = staff.create(patient(null, "Sofia", surname, "2014-03-09", null, null)).path("id").asText();
        PatientAccessApi mother = PatientAccessApi.personSignedInAs(urls.getBase(), realm, "maria.garcia@example.com", "patient");

        ApiResponse added = mother.post("/dependents", patient(null, "Sofia", surname, "2014-03-09", null, null));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().path("relationship").asText()).isEqualTo("GUARDIAN");
        String provisional = added.json().path("patientId").asText();
        assertThat(provisional).isNotEqualTo(known);
        assertThat(mother.get("/patients").json()).extracting(p -> p.path("patientId").asText()).contains(provisional).doesNotContain(known);
        JsonNode entry = queueEntryFor(provisional);
        assertThat(entry.path("relationship").asText()).isEqualTo("GUARDIAN");
        assertThat(entry.path("status").asText()).isEqualTo("PENDING");
        assertThat(entry.path("candidates")).anySatisfy(candidate -> assertThat(candidate.path("patient").path("id").asText()).isEqualTo(known));

        ApiResponse noBirthDate = mother.post("/dependents", patient(null, "Mateo", surname, null, null, null));
        assertThat(noBirthDate.status()).isEqualTo(400);
        assertThat(noBirthDate.json().path("field").asText()).isEqualTo("birthDate");
    }

    @Test
    void anOrdinaryLoginLinksNothing() {
        assertThat(PatientAccessApi.personSignedInAs(urls.getBase(), realm, "maria.garcia@example.com", "patient").get("/patients").json()).noneSatisfy(mine -> assertThat(mine.path("relationship").asText()).isEqualTo("SELF"));
    }

    @Test
    void theQueueNeedsViewUsersAndDecisionsManageUsers() {
        PatientAccessApi patientApi = PatientAccessApi.withToken(urls.getBase(), realm.getName(),
                PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), "maria.garcia@example.com", "patient").token());

        assertThat(queueAs(patientApi).get("").status()).isEqualTo(403);
        assertThat(queue().get("?max=500").status()).isEqualTo(400);
        assertThat(queue().post("/no-such-registration/keep", PatientAccessApi.JSON, "").status()).isEqualTo(404);
    }

    /**
     * Registers through the realm's registration page, verifies the email, sets the password and,
     * on the page that offers to link with a code, continues without one.
     */
    private void register(String email, String firstName, String lastName, String birthDate, String phone) throws Exception {
        try (Browser browser = registering(email, firstName, lastName, birthDate, phone)) {
            if (browser.has("registration-code-form")) {
                browser.click("registration-code-continue");
            }
            assertThat(browser.url()).as(browser.text()).contains("/account");
        }
    }

    /** A browser that has registered, verified the email and set the password: at the realm's next step. */
    private Browser registering(String email, String firstName, String lastName, String birthDate, String phone) throws Exception {
        return registering(email, firstName, lastName, birthDate, phone, () -> { });
    }

    /** The same, running {@code beforeSettingPassword} just before the form whose answer is the realm's next step. */
    private Browser registering(String email, String firstName, String lastName, String birthDate, String phone,
                                Runnable beforeSettingPassword) throws Exception {
        PersonalData.used(email, firstName, lastName, birthDate);
        PersonalData.usedPhone(phone);
        int received = mail.getReceivedMessages().length;
        Browser browser = new Browser();
        browser.open(urls.getBase() + "/realms/" + realm.getName() + "/protocol/openid-connect/registrations"
                + "?client_id=account-console&response_type=code&scope=openid&code_challenge_method=S256"
                + "&code_challenge=" + "x".repeat(43)
                + "&redirect_uri=" + PatientAccessApi.encode(urls.getBase() + "/realms/" + realm.getName() + "/account/"));
        browser.submit("kc-register-form", Map.of("email", email, "firstName", firstName, "lastName", lastName,
                "birthDate", birthDate, "phoneNumber", phone));
        for (int wait = 0; wait < 150 && mailsTo(email, received) == 0; wait++) {
            Thread.sleep(100);
        }
        assertThat(mailsTo(email, received)).as(browser.text()).isEqualTo(1);
        browser.open(Mails.link(lastMailTo(email), "login-actions/action-token"));
        beforeSettingPassword.run();
        browser.submit("kc-passwd-update-form", Map.of("password-new", PASSWORD, "password-confirm", PASSWORD));
        return browser;
    }

    /** How many messages an address received after the first {@code since} messages of the server. */
    private int mailsTo(String address, int since) {
        MimeMessage[] received = mail.getReceivedMessages();
        int count = 0;
        for (int i = since; i < received.length; i++) {
            try {
                if (received[i].getAllRecipients()[0].toString().equals(address)) {
                    count++;
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return count;
    }

    /** The code of the next message to an address: codes are mailed after the page answers. */
    private String awaitCode(String address, int since) throws Exception {
        for (int wait = 0; wait < 150 && mailsTo(address, since) == 0; wait++) {
            Thread.sleep(100);
        }
        return Mails.text(lastMailTo(address)).replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1");
    }

    /** The last message sent to an address. */
    private MimeMessage lastMailTo(String address) throws Exception {
        MimeMessage found = null;
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found = message;
            }
        }
        assertThat(found).as("a message to " + address).isNotNull();
        return found;
    }

    private JsonNode myPatients(String email) {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, email, PASSWORD).get("/patients").json();
    }

    private JsonNode queueEntryOf(String email) {
        ApiResponse response = queue().get("?max=100");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        for (JsonNode entry : response.json()) {
            if (entry.path("username").asText().equals(email)) {
                return entry;
            }
        }
        throw new AssertionError("no queue entry for " + email + " in " + response);
    }

    private JsonNode queueEntryFor(String patientId) {
        for (JsonNode entry : queue().get("?max=100").json()) {
            if (entry.path("patient").path("id").asText().equals(patientId)) {
                return entry;
            }
        }
        throw new AssertionError("no queue entry for patient " + patientId);
    }

    private PatientAccessApi queue() {
        return queueAs(staff);
    }

    private PatientAccessApi queueAs(PatientAccessApi api) {
        return api.at("/admin/realms/" + realm.getName() + "/patient-access/registrations");
    }
}
