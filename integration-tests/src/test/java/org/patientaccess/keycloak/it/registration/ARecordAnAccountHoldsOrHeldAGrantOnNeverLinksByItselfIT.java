package org.patientaccess.keycloak.it.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.realm.Accounts;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * A record that an account acts for, or once acted for, has had someone other than the clinic near
 * it: a registration with its exact names, birth date and clinic-set email never links to it by
 * itself, and no code is mailed for it, whether the grant was ended by staff, ran out or was left.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ARecordAnAccountHoldsOrHeldAGrantOnNeverLinksByItselfIT {

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
    void aRecordWhoseGrantStaffEndedIsNotLinkedByItself() throws Exception {
        Record record = record("Hubert", "1951-07-07", "514 555 0171");
        String grantId = grant(record, null);

        ApiResponse ended = staff.delete("/" + record.id() + "/accounts/" + grantId);
        assertThat(ended.status()).as(ended.toString()).isEqualTo(204);

        assertNotLinkedNorSentACode(record, "Hubert", "1951-07-07", "514-555-0171");
    }

    @Test
    void aRecordWhoseGrantRanOutIsNotLinkedByItself() throws Exception {
        Record record = record("Gisele", "1949-02-12", "514 555 0172");
        Instant validUntil = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        grant(record, validUntil);

        waitUntil(validUntil.plusSeconds(1));
        assertThat(staff.get("/" + record.id() + "/accounts").json()).as("the grant has run out").isEmpty();

        assertNotLinkedNorSentACode(record, "Gisele", "1949-02-12", "514-555-0172");
    }

    @Test
    void aRecordWhoseGrantItsHolderLeftIsNotLinkedByItself() throws Exception {
        Record record = record("Armand", "1946-11-23", "514 555 0173");
        String grantId = grant(record, null);

        ApiResponse left = PatientAccessApi.personSignedInAs(urls.getBase(), realm, record.holder(), RegisteringPeople.PASSWORD)
                .delete("/patients/" + grantId);
        assertThat(left.status()).as(left.toString()).isEqualTo(204);

        assertNotLinkedNorSentACode(record, "Armand", "1946-11-23", "514-555-0173");
    }

    /**
     * Someone registers with the record's exact names, birth date, phone and its clinic-set email (so they read
     * the mailbox any code would go to): a provisional record waits for staff, and the clinic's record has no own account.
     */
    private void assertNotLinkedNorSentACode(Record record, String firstName, String birthDate, String phone) throws Exception {
        int mails = inbox.mark();

        people.registerUsingAnyCodeSentTo(record.email(), record.email(), firstName, record.surname(), birthDate, phone);

        assertThat(people.queueEntryOf(record.email()).path("status").asText())
                .as("a record someone has acted for does not link by itself").isEqualTo("PENDING");
        assertThat(people.patientsOf(record.email())).singleElement()
                .satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(record.id()));
        assertThat(staff.get("/" + record.id() + "/accounts?includeEnded=true").json())
                .noneSatisfy(grant -> assertThat(grant.path("relationship").asText()).isEqualTo("SELF"));
        assertThat(inbox.countTo(record.email(), mails)).as("only the email verification: no code is mailed for the record").isEqualTo(1);
    }

    /** A clinic record with its own email, and an account (the record's future grant holder) that is someone else. */
    private Record record(String firstName, String birthDate, String phone) {
        String surname = uniqueSurname("Gagnon");
        String email = surname.toLowerCase() + "@family.test";
        String id = staff.create(patient(null, firstName, surname, birthDate, email, phone)).path("id").asText();
        String holder = Accounts.account(realm, surname.toLowerCase() + ".helper@helper.test", "Marie", surname, "1972-03-04", RegisteringPeople.PASSWORD);
        return new Record(id, surname, email, holder);
    }

    /** A CAREGIVER grant of the record's holder, until {@code validUntil} (or with no end). */
    private String grant(Record record, Instant validUntil) {
        Map<String, Object> terms = validUntil == null
                ? Map.of("email", record.holder(), "relationship", "CAREGIVER")
                : Map.of("email", record.holder(), "relationship", "CAREGIVER", "validUntil", validUntil.toString());
        ApiResponse granted = staff.post("/" + record.id() + "/accounts", terms);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return granted.json().path("id").asText();
    }

    private static void waitUntil(Instant instant) throws InterruptedException {
        Duration left = Duration.between(Instant.now(), instant);
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
    }

    private record Record(String id, String surname, String email, String holder) {
    }
}
