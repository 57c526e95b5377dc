package org.patientaccess.keycloak.it.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * Registration through Keycloak's own pages of the demo clinic realm (names, birth date, phone): which
 * record a new account acts for, and what waits for staff.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class OnlineRegistrationsAreLinkedIT {

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
    void aCertainMatchWhoseEmailIsOnTheRecordLinksByItself() throws Exception {
        String surname = uniqueSurname("Tremblay");
        String email = surname.toLowerCase() + "@family.test";
        String record = staff.create(patient(null, "Nadia", surname, "1990-04-05", email, "514 555 0101")).path("id").asText();

        people.register(email, "Nadia", surname, "1990-04-05", "514-555-0101");

        assertThat(people.patientsOf(email)).singleElement().satisfies(mine -> {
            assertThat(mine.path("patientId").asText()).isEqualTo(record);
            assertThat(mine.path("relationship").asText()).isEqualTo("SELF");
        });
        assertThat(people.queueEntryOf(email).path("status").asText()).isEqualTo("AUTO_LINKED");
    }

    @Test
    void aYoungPersonUnderTheClinicsOwnAccountAgeIsNotLinkedByItselfButWaitsForStaff() throws Exception {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.ownAccountAge", "16"));
        String surname = uniqueSurname("Tremblay");
        String email = surname.toLowerCase() + "@family.test";
        String birthDate = LocalDate.now(ZoneOffset.UTC).plusDays(5).minusYears(16).toString();
        String record = staff.create(patient(null, "Lea", surname, birthDate, email, "514 555 0102")).path("id").asText();

        people.register(email, "Lea", surname, birthDate, "514-555-0102");

        assertThat(people.patientsOf(email)).singleElement()
                .satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(record));
        assertThat(people.queueEntryOf(email).path("status").asText()).isEqualTo("PENDING");
        assertThat(staff.get("/" + record + "/accounts").json()).as("the clinic's record has no own account").isEmpty();
    }

    @Test
    void aProbableMatchGetsAProvisionalRecordAndWaitsForStaff() throws Exception {
        String surname = uniqueSurname("Garcia");
        String email = surname.toLowerCase() + "@family.test";
        String record = staff.create(patient(null, "Maria", surname, "1984-06-02", null, null)).path("id").asText();

        people.register(email, "Maria", surname, "1984-06-02", "");

        JsonNode mine = people.patientsOf(email).get(0);
        assertThat(mine.path("patientId").asText()).isNotEqualTo(record);
        assertThat(staff.get("/" + mine.path("patientId").asText()).json().path("source").asText()).isEqualTo("ONLINE");
        JsonNode entry = people.queueEntryOf(email);
        assertThat(entry.path("status").asText()).isEqualTo("PENDING");
        assertThat(entry.path("claimed").path("birthDate").asText()).isEqualTo("1984-06-02");
        assertThat(entry.path("claimedVerification").path("birthDate").asText()).as("typed by the person").isEqualTo("UNVERIFIED");
        assertThat(entry.path("claimedVerification").path("email").asText()).as("confirmed by Keycloak").isEqualTo("VERIFIED");
        assertThat(entry.path("candidates")).anySatisfy(candidate -> {
            assertThat(candidate.path("patient").path("id").asText()).isEqualTo(record);
            assertThat(candidate.path("grade").asText()).isEqualTo("probable");
        });

        PatientAccessApi queue = people.queue();
        assertThat(queue.post("/" + entry.path("id").asText() + "/keep", PatientAccessApi.JSON, "").status()).isEqualTo(204);
        assertThat(queue.post("/" + entry.path("id").asText() + "/keep", PatientAccessApi.JSON, "").status()).isEqualTo(409);
        assertThat(people.queueEntryOf(email).path("status").asText()).isEqualTo("KEPT_AS_NEW");
    }

    @Test
    void staffMergeAQueuedRegistrationIntoTheExistingRecordWhichTheAccountThenActsFor() throws Exception {
        String surname = uniqueSurname("Roy");
        String email = surname.toLowerCase() + "@family.test";
        String record = staff.create(patient(null, "Julie", surname, "1975-09-30", null, null)).path("id").asText();
        people.register(email, "Julie", surname, "1975-09-30", "");
        JsonNode entry = people.queueEntryOf(email);
        String provisional = entry.path("patient").path("id").asText();

        ApiResponse merged = people.queue().post("/" + entry.path("id").asText() + "/merge",
                Map.of("into", record, "take", List.of("email")));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().path("survivor").path("email").asText()).isEqualTo(email);
        assertThat(people.patientsOf(email)).singleElement().satisfies(mine -> {
            assertThat(mine.path("patientId").asText()).isEqualTo(record);
            assertThat(mine.path("relationship").asText()).isEqualTo("SELF");
        });
        assertThat(staff.get("/" + provisional).json().path("id").asText()).isEqualTo(record);
        assertThat(people.queueEntryOf(email).path("status").asText()).isEqualTo("MERGED");
    }

    @Test
    void someoneTheClinicHasNeverSeenGetsAProvisionalRecordQueuedWithoutCandidates() throws Exception {
        String surname = uniqueSurname("Zhang");
        String email = surname.toLowerCase() + "@family.test";

        people.register(email, "Wei", surname, "1993-02-14", "");

        assertThat(people.patientsOf(email)).singleElement().satisfies(mine -> assertThat(mine.path("relationship").asText()).isEqualTo("SELF"));
        JsonNode entry = people.queueEntryOf(email);
        assertThat(entry.path("status").asText()).isEqualTo("PENDING");
        assertThat(entry.path("candidates")).isEmpty();
    }

    @Test
    void aChildNamedAfterTheirParentIsNotLinkedToTheParent() throws Exception {
        String surname = uniqueSurname("Garcia");
        String familyEmail = surname.toLowerCase() + "@family.test";
        String father = staff.create(patient(null, "Luis", surname, "1982-11-20", familyEmail, "416 555 0178")).path("id").asText();

        people.register(familyEmail, "Luis", surname, "2008-11-20", "416-555-0178");

        assertThat(people.patientsOf(familyEmail)).singleElement()
                .satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(father));
        assertThat(people.queueEntryOf(familyEmail).path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aHouseholdEmailProvesNoOneSoATwinWaitsForStaffWithTheirOwnRecordAsTheCandidate() throws Exception {
        String surname = uniqueSurname("Nguyen");
        String familyEmail = surname.toLowerCase() + "@family.test";
        String sofia = staff.create(patient(null, "Sofia", surname, "2008-03-09", familyEmail, null)).path("id").asText();
        String mateo = staff.create(patient(null, "Mateo", surname, "2008-03-09", familyEmail, null)).path("id").asText();

        people.register(familyEmail, "Mateo", surname, "2008-03-09", "");

        assertThat(people.patientsOf(familyEmail)).singleElement()
                .satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotIn(sofia, mateo));
        JsonNode entry = people.queueEntryOf(familyEmail);
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

        people.register(victorsEmail, "Victor", surname, "1971-02-03", "514-555-0199");

        JsonNode victors = people.patientsOf(victorsEmail);
        assertThat(victors).singleElement().satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(plantedRecord));
        assertThat(people.queueEntryOf(victorsEmail).path("status").asText()).isEqualTo("PENDING");
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
        int mails = inbox.mark();

        people.register(email, "Claire", surname, "1988-12-01", "514-555-0126");

        assertThat(people.patientsOf(email)).singleElement().satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(record));
        assertThat(people.queueEntryOf(email).path("status").asText()).isEqualTo("PENDING");
        assertThat(inbox.countTo(surname.toLowerCase() + ".old@family.test", mails)).isZero();
    }

    @Test
    void deletingAnAccountForgetsWhatItClaimedAndEndsItsGrantsKeepingTheirHistory() throws Exception {
        String surname = uniqueSurname("Kowalski");
        String email = surname.toLowerCase() + "@family.test";
        people.register(email, "Ewa", surname, "1985-03-03", "514-555-0142");
        JsonNode entry = people.queueEntryOf(email);
        String provisional = entry.path("patient").path("id").asText();

        realm.admin().users().get(entry.path("userId").asText()).remove();

        assertThat(people.queue().get("?max=100").json()).noneSatisfy(e -> assertThat(e.path("id").asText()).isEqualTo(entry.path("id").asText()));
        assertThat(people.queue().get("?max=100").body()).doesNotContain(surname).doesNotContain("1985-03-03");
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
        people.register(email, "Olga", surname, "1948-09-09", "514-555-0128");
        PatientAccessApi maria = PatientAccessApi.personSignedInAs(urls.getBase(), realm, "maria.garcia@example.com", "patient");
        String dependent = maria.post("/dependents", patient(null, "Olga", surname, "1948-09-09", null, null)).json().path("patientId").asText();
        int mails = inbox.mark();

        ApiResponse merged = people.queue().post("/" + people.queueEntryFor(dependent).path("id").asText() + "/merge", Map.of("into", record));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        inbox.awaitTo(email, mails);
        assertThat(inbox.countTo(email, mails)).as("the grant that moved is told to Olga's own account").isEqualTo(1);
        assertThat(inbox.lastTo(email).getSubject()).contains("can now book for you");
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
        JsonNode entry = people.queueEntryFor(provisional);
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

        assertThat(people.queueAs(patientApi).get("").status()).isEqualTo(403);
        assertThat(people.queue().get("?max=500").status()).isEqualTo(400);
        assertThat(people.queue().post("/no-such-registration/keep", PatientAccessApi.JSON, "").status()).isEqualTo(404);
    }
}
