package org.patientaccess.keycloak.it.registration;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.OtherClinicRealm;

/**
 * Staff working through the "Online registrations" queue as the console does: one entry by its id,
 * the entries of one status, who decided each, and a merge undone that puts its entry back.
 * The entries are dependents a family adds (queued at once, like a registration).
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffWorkThroughTheRegistrationQueueIT {

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
    void oneRegistrationIsReadByItsIdAsTheQueueListsIt() {
        String registration = queuedDependent(realm, "Ida");

        ApiResponse read = registrations(reception).get("/" + registration);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(listed(registrations(reception).get("?status=PENDING&max=100").json(), registration));
        assertThat(read.json().path("status").asText()).isEqualTo("PENDING");
        assertThat(read.json().path("relationship").asText()).isEqualTo("GUARDIAN");
        assertThat(registrations(staff(realm, ClinicRealm.AUDITOR)).get("/" + registration).status()).isEqualTo(200);
        assertThat(registrations(staff(realm, ClinicRealm.CLINICIAN)).get("/" + registration).status()).isEqualTo(403);
    }

    @Test
    void aRegistrationOfAnotherClinicOrNoneAtAllIsNotFound() {
        String elsewhere = queuedDependent(otherClinic, "Olga");
        assertThat(registrations(otherClinic, staff(otherClinic, ClinicRealm.RECEPTIONIST)).get("/" + elsewhere).status()).isEqualTo(200);

        ApiResponse notFound = registrations(reception).get("/" + elsewhere);

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().path("errorMessage").asText()).isEqualTo("Registration not found");
        assertThat(notFound.body()).doesNotContain("Olga");
        assertThat(registrations(reception).get("/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        // Nor can it be decided from here.
        assertThat(registrations(reception).post("/" + elsewhere + "/keep", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void theQueueListsTheEntriesOfOneStatusOrEveryStatusPendingFirst() {
        String waiting = queuedDependent(realm, "Wanda");
        String kept = queuedDependent(realm, "Kim");
        assertThat(registrations(reception).post("/" + kept + "/keep", Map.of()).status()).isEqualTo(204);

        JsonNode pending = registrations(reception).get("?status=PENDING&max=100").json();
        JsonNode keptAsNew = registrations(reception).get("?status=kept_as_new&max=100").json();
        JsonNode every = registrations(reception).get("?max=100").json();

        assertThat(statuses(pending)).containsOnly("PENDING");
        assertThat(ids(pending)).contains(waiting).doesNotContain(kept);
        assertThat(statuses(keptAsNew)).containsOnly("KEPT_AS_NEW");
        assertThat(ids(keptAsNew)).contains(kept).doesNotContain(waiting);
        // Without a status, as before: every status, the pending ones first.
        assertThat(ids(every)).contains(waiting, kept);
        List<String> everyStatus = statuses(every);
        assertThat(everyStatus.subList(0, everyStatus.lastIndexOf("PENDING") + 1)).containsOnly("PENDING");
        assertThat(registrations(reception).get("?status=any&max=100").json()).isEqualTo(every);
        assertThat(registrations(reception).get("?status=PENDING&max=1").json()).hasSize(1);
    }

    @Test
    void aStatusTheQueueDoesNotKnowIsRefusedNamingIt() {
        ApiResponse refused = registrations(reception).get("?status=WAITING");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("status");
        assertThat(refused.json().path("errorMessage").asText()).contains("any", "PENDING");
    }

    @Test
    void aDecisionNamesTheStaffMemberWhoMadeIt() {
        String registration = queuedDependent(realm, "Dora");
        assertThat(registrations(reception).get("/" + registration).json().has("decidedBy")).isFalse();

        assertThat(registrations(reception).post("/" + registration + "/dismiss", Map.of()).status()).isEqualTo(204);

        JsonNode decided = registrations(staff(realm, ClinicRealm.AUDITOR)).get("/" + registration).json();
        assertThat(decided.path("status").asText()).isEqualTo("DISMISSED");
        assertThat(decided.path("decidedBy").path("userId").asText()).isEqualTo(userId(ClinicRealm.RECEPTIONIST));
        assertThat(decided.path("decidedBy").path("username").asText()).isEqualTo(ClinicRealm.RECEPTIONIST);
        assertThat(decided.path("decidedAt").asText()).endsWith("Z");
    }

    @Test
    void undoingARegistrationsMergePutsItBackInTheQueueSoThatItCanBeMergedAgain() {
        String surname = uniqueSurname("Reopen");
        String existing = reception.create(patient(null, "Rosa", surname, "2019-05-06", null, null)).path("id").asText();
        PatientAccessApi mother = person(realm);
        String provisional = mother.post("/dependents", patient(null, "Rosa", surname, "2019-05-06", null, null))
                .json().path("patientId").asText();
        String registration = registrationOf(provisional);
        String mergeId = registrations(reception).post("/" + registration + "/merge", Map.of("into", existing))
                .json().path("mergeId").asText();
        assertThat(registrations(reception).get("/" + registration).json().path("status").asText()).isEqualTo("MERGED");
        long pendingBefore = pendingCount();

        assertThat(reception.at("/admin/realms/" + realm.getName() + "/patient-access/merges/" + mergeId + "/undo")
                .post("", Map.of()).status()).isEqualTo(204);

        JsonNode reopened = registrations(reception).get("/" + registration).json();
        assertThat(reopened.path("status").asText()).isEqualTo("PENDING");
        assertThat(reopened.has("decidedBy")).isFalse();
        assertThat(reopened.has("decidedAt")).isFalse();
        assertThat(reopened.path("patient").path("id").asText()).isEqualTo(provisional);
        assertThat(reopened.path("patient").path("status").asText()).isEqualTo("ACTIVE");
        assertThat(ids(registrations(reception).get("?status=PENDING&max=100").json())).contains(registration);
        assertThat(pendingCount()).isEqualTo(pendingBefore + 1);
        assertThat(patientIds(mother.get("/patients").json())).contains(provisional).doesNotContain(existing);
        // The provisional record's history: the decision, the merge, and the undo naming the registration it reopened.
        JsonNode undone = reception.get("/" + provisional + "/history").json().path("entries").get(0);
        assertThat(undone.path("action").asText()).isEqualTo("MERGE_UNDONE");
        assertThat(undone.path("details").path("registrationId").asText()).isEqualTo(registration);

        ApiResponse mergedAgain = registrations(reception).post("/" + registration + "/merge", Map.of("into", existing));

        assertThat(mergedAgain.status()).as(mergedAgain.toString()).isEqualTo(200);
        JsonNode decidedAgain = registrations(reception).get("/" + registration).json();
        assertThat(decidedAgain.path("status").asText()).isEqualTo("MERGED");
        assertThat(decidedAgain.path("decidedBy").path("username").asText()).isEqualTo(ClinicRealm.RECEPTIONIST);
        assertThat(patientIds(mother.get("/patients").json())).contains(existing).doesNotContain(provisional);
    }

    @Test
    void undoingAMergeOfTwoRecordsLeavesTheQueueAlone() {
        String surname = uniqueSurname("Plain");
        String survivor = reception.create(patient(null, "Paz", surname, null, null, null)).path("id").asText();
        String duplicate = reception.create(patient(null, "Pas", surname, null, null, null)).path("id").asText();
        String mergeId = reception.post("/" + survivor + "/merge", Map.of("mergedId", duplicate)).json().path("mergeId").asText();
        long pendingBefore = pendingCount();

        assertThat(reception.at("/admin/realms/" + realm.getName() + "/patient-access/merges/" + mergeId + "/undo")
                .post("", Map.of()).status()).isEqualTo(204);

        assertThat(pendingCount()).isEqualTo(pendingBefore);
        assertThat(reception.get("/" + duplicate + "/history").json().path("entries").get(0).path("details").has("registrationId")).isFalse();
    }

    /** A dependent the mother adds in the realm: its queue entry's id. */
    private String queuedDependent(ManagedRealm clinic, String firstName) {
        String patientId = person(clinic).post("/dependents", patient(null, firstName, uniqueSurname("Queue"), "2020-02-02", null, null))
                .json().path("patientId").asText();
        for (JsonNode entry : registrations(clinic, staff(clinic, ClinicRealm.RECEPTIONIST)).get("?status=PENDING&max=100").json()) {
            if (entry.path("patient").path("id").asText().equals(patientId)) {
                return entry.path("id").asText();
            }
        }
        throw new AssertionError("no queue entry for patient " + patientId);
    }

    private String registrationOf(String patientId) {
        for (JsonNode entry : registrations(reception).get("?status=PENDING&max=100").json()) {
            if (entry.path("patient").path("id").asText().equals(patientId)) {
                return entry.path("id").asText();
            }
        }
        throw new AssertionError("no queue entry for patient " + patientId);
    }

    private long pendingCount() {
        return Long.parseLong(registrations(reception).get("/count").body());
    }

    private static JsonNode listed(JsonNode list, String id) {
        for (JsonNode entry : list) {
            if (entry.path("id").asText().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("registration " + id + " not listed");
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(entry -> ids.add(entry.path("id").asText()));
        return ids;
    }

    private static List<String> statuses(JsonNode list) {
        List<String> statuses = new ArrayList<>();
        list.forEach(entry -> statuses.add(entry.path("status").asText()));
        return statuses;
    }

    private static List<String> patientIds(JsonNode patients) {
        List<String> ids = new ArrayList<>();
        patients.forEach(patient -> ids.add(patient.path("patientId").asText()));
        return ids;
    }

    private PatientAccessApi registrations(PatientAccessApi staff) {
        return registrations(realm, staff);
    }

    private static PatientAccessApi registrations(ManagedRealm clinic, PatientAccessApi staff) {
        return staff.at("/admin/realms/" + clinic.getName() + "/patient-access/registrations");
    }

    private PatientAccessApi staff(ManagedRealm clinic, String username) {
        return PatientAccessApi.signedInAs(urls.getBase(), clinic.getName(), username, ClinicRealm.PASSWORD);
    }

    private PatientAccessApi person(ManagedRealm clinic) {
        return PatientAccessApi.personSignedInAs(urls.getBase(), clinic, ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
    }

    private String userId(String username) {
        return realm.admin().users().search(username, true).get(0).getId();
    }
}
