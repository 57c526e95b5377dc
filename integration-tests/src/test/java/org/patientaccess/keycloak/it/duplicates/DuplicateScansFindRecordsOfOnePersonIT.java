package org.patientaccess.keycloak.it.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.OtherClinicRealm;

/**
 * Staff scan the whole clinic for records of one person: the scan runs in the background, shows its
 * progress, finds the kinds of duplicates that typing makes, and leaves relatives alone.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class DuplicateScansFindRecordsOfOnePersonIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectRealm(ref = "other", config = OtherClinicRealm.class)
    ManagedRealm otherClinic;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = staff(realm, ClinicRealm.RECEPTIONIST);
    }

    @Test
    void aScanFindsASlipOfTheBirthDateAChangedSurnameAndAMistypedNickname() {
        String surname = uniqueSurname("Slip");
        String born = id(reception.create(patient(null, "Amara", surname, "1953-04-12", null, null)));
        String slipped = id(reception.create(patient(null, "Amara", surname, "1935-04-12", null, null)));
        String email = surname.toLowerCase() + "@example.com";
        String maiden = id(reception.create(patient(null, "Ingrid", uniqueSurname("Maiden"), "1984-06-02", email, null)));
        String married = id(reception.create(patient(null, "Ingrid", uniqueSurname("Married"), "1984-06-02", email, null)));
        String family = uniqueSurname("Nick");
        String michael = id(reception.create(patient(null, "Michael", family, "1980-03-04", null, null)));
        String mistyped = id(reception.create(patient(null, "Mkie", family, "1980-03-04", null, null)));

        JsonNode scan = reception.scanForDuplicates();

        assertThat(scan.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(scan.path("finishedAt").asText()).endsWith("Z");
        JsonNode pairs = allPairs(reception);
        assertThat(pairOf(pairs, born, slipped).path("grade").asText()).isIn("probable", "certain");
        assertThat(pairOf(pairs, maiden, married).path("grade").asText()).isIn("probable", "certain");
        JsonNode nickname = pairOf(pairs, michael, mistyped);
        assertThat(nickname.path("grade").asText()).isIn("probable", "certain");
        assertThat(nickname.path("score").asDouble()).isBetween(0.0, 1.0);
        // Each side is the record as GET /patients/{id} answers it.
        JsonNode side = nickname.path("a").path("id").asText().equals(michael) ? nickname.path("a") : nickname.path("b");
        assertThat(side).isEqualTo(reception.get("/" + michael).json());
        assertThat(scan.path("pairsFound").asLong()).isEqualTo(pairs.path("total").asLong());
    }

    @Test
    void aScanTakesNeitherTwinsNorNamesakesBornOnOtherDatesForOnePerson() {
        String surname = uniqueSurname("Twin");
        String familyEmail = surname.toLowerCase() + ".family@example.com";
        String sofia = id(reception.create(patient(null, "Sofia", surname, "2014-03-09", familyEmail, "(416) 555-0134")));
        String mateo = id(reception.create(patient(null, "Mateo", surname, "2014-03-09", familyEmail, "(416) 555-0134")));
        String father = id(reception.create(patient(null, "Luis", surname, "1982-11-20", familyEmail, null)));
        String son = id(reception.create(patient(null, "Luis", surname, "2012-05-20", familyEmail, null)));

        reception.scanForDuplicates();

        JsonNode pairs = allPairs(reception);
        assertThat(findPair(pairs, sofia, mateo)).as("twins").isNull();
        assertThat(findPair(pairs, father, son)).as("a son named after his father").isNull();
    }

    @Test
    void aScanShowsItsProgressUntilEveryRecordOfEveryPassIsRead() {
        ApiResponse started = reception.duplicates().post("/scan", PatientAccessApi.JSON, "");

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().path("status").asText()).isEqualTo("RUNNING");
        assertThat(started.json().path("total").asLong()).isPositive();
        assertThat(started.json().has("finishedAt")).isFalse();
        assertThat(started.json().has("pairsFound")).isFalse();
        JsonNode ended = reception.scanEnded(started.json().path("id").asText());
        assertThat(ended.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(ended.path("processed").asLong()).isEqualTo(ended.path("total").asLong()).isPositive();
        assertThat(ended.path("startedAt").asText()).isEqualTo(started.json().path("startedAt").asText());
    }

    @Test
    void twoStaffStartingAScanAtOnceGetOneScan() throws Exception {
        // Enough records that the scan is still running when the second start arrives.
        PatientAccessApi otherReception = staff(otherClinic, ClinicRealm.RECEPTIONIST);
        importRecords(otherReception, 4000);
        CountDownLatch ready = new CountDownLatch(2);
        List<CompletableFuture<ApiResponse>> starts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            PatientAccessApi staff = i == 0 ? otherReception : staff(otherClinic, ClinicRealm.RECEPTIONIST);
            starts.add(CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                await(ready);
                return staff.duplicates().post("/scan", PatientAccessApi.JSON, "");
            }));
        }
        ApiResponse first = starts.get(0).get();
        ApiResponse second = starts.get(1).get();

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        String scanId = first.json().path("id").asText();
        assertThat(second.json().path("id").asText()).isEqualTo(scanId);
        assertThat(otherReception.scanEnded(scanId).path("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void viewOnlyStaffReadTheDuplicatesButMayNotStartAScanOrDismissAPair() {
        String surname = uniqueSurname("View");
        String one = id(reception.create(patient(null, "Quentin", surname, "1971-08-19", null, null)));
        String other = id(reception.create(patient(null, "Quentin", surname, "1917-08-19", null, null)));
        reception.scanForDuplicates();
        String pairId = pairOf(allPairs(reception), one, other).path("id").asText();
        PatientAccessApi auditor = staff(realm, ClinicRealm.AUDITOR);

        assertThat(auditor.duplicates().get("").status()).isEqualTo(200);
        assertThat(auditor.duplicates().get("/scan").status()).isEqualTo(200);
        assertThat(auditor.duplicates().post("/scan", PatientAccessApi.JSON, "").status()).isEqualTo(403);
        assertThat(auditor.duplicates().post("/" + pairId + "/dismiss", PatientAccessApi.JSON, "").status()).isEqualTo(403);
        assertThat(pairOf(allPairs(reception), one, other).path("id").asText()).isEqualTo(pairId);
        PatientAccessApi clinician = staff(realm, ClinicRealm.CLINICIAN);
        assertThat(clinician.duplicates().get("").status()).isEqualTo(403);
        assertThat(clinician.duplicates().get("/scan").status()).isEqualTo(403);
    }

    @Test
    void aPairOfAnotherClinicIsNotFound() {
        PatientAccessApi otherReception = staff(otherClinic, ClinicRealm.RECEPTIONIST);
        String surname = uniqueSurname("Elsewhere");
        String one = id(otherReception.create(patient(null, "Olga", surname, "1966-02-14", null, null)));
        String other = id(otherReception.create(patient(null, "Olga", surname, "1966-01-24", null, null)));
        otherReception.scanForDuplicates();
        String elsewhere = pairOf(allPairs(otherReception), one, other).path("id").asText();

        ApiResponse notFound = reception.duplicates().post("/" + elsewhere + "/dismiss", PatientAccessApi.JSON, "");

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().path("errorMessage").asText()).isEqualTo("Duplicate pair not found");
        assertThat(notFound.body()).doesNotContain("Olga");
        assertThat(reception.duplicates().post("/00000000-0000-0000-0000-000000000000/dismiss", PatientAccessApi.JSON, "").status())
                .isEqualTo(404);
        assertThat(pairOf(allPairs(otherReception), one, other).path("id").asText()).isEqualTo(elsewhere);
    }

    @Test
    void theListIsFilteredByAGradeItKnowsAndRefusesOneItDoesNotNamingIt() {
        ApiResponse refused = reception.duplicates().get("?grade=likely");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("grade");
        assertThat(reception.duplicates().get("?max=101").errorFields()).containsExactly("max");
        JsonNode probable = reception.duplicates().get("?grade=PROBABLE&max=100").json();
        assertThat(probable.path("pairs")).allSatisfy(pair -> assertThat(pair.path("grade").asText()).isEqualTo("probable"));
    }

    private void importRecords(PatientAccessApi api, int count) {
        StringBuilder csv = new StringBuilder("externalId,firstName,lastName,birthDate\n");
        LocalDate day = LocalDate.of(1930, 1, 1);
        for (int i = 0; i < count; i++) {
            csv.append(uniqueExternalId()).append(',').append(uniqueSurname("Given")).append(',').append(uniqueSurname("Family"))
                    .append(',').append(day.plusDays(i * 7L)).append('\n');
        }
        ApiResponse imported = api.post("/import", PatientAccessApi.CSV, csv.toString());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode allPairs(PatientAccessApi staff) {
        JsonNode pairs = staff.duplicates().get("?max=100").json();
        assertThat(pairs.path("total").asLong()).as("all pairs on one page").isLessThanOrEqualTo(100);
        return pairs;
    }

    static JsonNode pairOf(JsonNode pairs, String one, String other) {
        JsonNode pair = findPair(pairs, one, other);
        assertThat(pair).as("the pair of " + one + " and " + other + " in " + pairs).isNotNull();
        return pair;
    }

    static JsonNode findPair(JsonNode pairs, String one, String other) {
        for (JsonNode pair : pairs.path("pairs")) {
            String a = pair.path("a").path("id").asText();
            String b = pair.path("b").path("id").asText();
            if (a.equals(one) && b.equals(other) || a.equals(other) && b.equals(one)) {
                return pair;
            }
        }
        return null;
    }

    private static String id(JsonNode patient) {
        return patient.path("id").asText();
    }

    private PatientAccessApi staff(ManagedRealm clinic, String username) {
        return PatientAccessApi.signedInAs(urls.getBase(), clinic.getName(), username, ClinicRealm.PASSWORD);
    }
}
