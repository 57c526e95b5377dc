package org.patientaccess.keycloak.it.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.duplicates.DuplicateScansFindRecordsOfOnePersonIT.allPairs;
import static org.patientaccess.keycloak.it.duplicates.DuplicateScansFindRecordsOfOnePersonIT.findPair;
import static org.patientaccess.keycloak.it.duplicates.DuplicateScansFindRecordsOfOnePersonIT.pairOf;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * "Not the same person" is remembered for the pair of records: no later scan proposes it again, and
 * the online-registration queue stops offering one record as a candidate for the other. A merged
 * pair needs no such word: the merged record is no longer active.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class DuplicatesDismissedStayDismissedIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void aDismissedPairIsNotProposedByTheNextScan() {
        String surname = uniqueSurname("Apart");
        String one = id(reception.create(patient(null, "Nadia", surname, "1990-07-13", null, null)));
        String other = id(reception.create(patient(null, "Nadia", surname, "1990-07-31", null, null)));
        reception.scanForDuplicates();
        String pairId = pairOf(allPairs(reception), one, other).path("id").asText();

        assertThat(reception.duplicates().post("/" + pairId + "/dismiss", PatientAccessApi.JSON, "").status()).isEqualTo(204);

        assertThat(findPair(allPairs(reception), one, other)).isNull();
        JsonNode next = reception.scanForDuplicates();
        assertThat(next.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(findPair(allPairs(reception), one, other)).isNull();
        // Said twice, it stays said.
        assertThat(reception.duplicates().post("/" + pairId + "/dismiss", PatientAccessApi.JSON, "").status()).isEqualTo(204);
    }

    @Test
    void aRecordDismissedAgainstARegistrationIsNoLongerOfferedAsItsCandidate() {
        String surname = uniqueSurname("Queue");
        String existing = id(reception.create(patient(null, "Rosa", surname, "2019-05-06", null, null)));
        String registered = person().post("/dependents", patient(null, "Rosa", surname, "2019-06-05", null, null))
                .json().path("patientId").asText();
        assertThat(candidateIds(queueEntryFor(registered))).contains(existing);
        reception.scanForDuplicates();
        String pairId = pairOf(allPairs(reception), existing, registered).path("id").asText();

        assertThat(reception.duplicates().post("/" + pairId + "/dismiss", PatientAccessApi.JSON, "").status()).isEqualTo(204);

        assertThat(candidateIds(queueEntryFor(registered))).doesNotContain(existing);
    }

    @Test
    void aMergedPairLeavesTheList() {
        String surname = uniqueSurname("Merge");
        String survivor = id(reception.create(patient(null, "Tomas", surname, "1962-10-03", null, null)));
        String merged = id(reception.create(patient(null, "Tomas", surname, "1962-01-03", null, null)));
        reception.scanForDuplicates();
        assertThat(findPair(allPairs(reception), survivor, merged)).isNotNull();

        assertThat(reception.post("/" + survivor + "/merge", Map.of("mergedId", merged)).status()).isEqualTo(200);

        assertThat(findPair(allPairs(reception), survivor, merged)).isNull();
    }

    private JsonNode queueEntryFor(String patientId) {
        for (JsonNode entry : reception.at("/admin/realms/" + realm.getName() + "/patient-access/registrations")
                .get("?status=PENDING&max=100").json()) {
            if (entry.path("patient").path("id").asText().equals(patientId)) {
                return entry;
            }
        }
        throw new AssertionError("no queue entry for patient " + patientId);
    }

    private static List<String> candidateIds(JsonNode entry) {
        List<String> ids = new ArrayList<>();
        entry.path("candidates").forEach(candidate -> ids.add(candidate.path("patient").path("id").asText()));
        return ids;
    }

    private PatientAccessApi person() {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
    }

    private static String id(JsonNode patient) {
        return patient.path("id").asText();
    }
}
