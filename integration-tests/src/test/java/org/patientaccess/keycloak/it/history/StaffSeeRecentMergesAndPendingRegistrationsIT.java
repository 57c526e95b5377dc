package org.patientaccess.keycloak.it.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

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

/** The console's lists beside the patients: recent merges (to undo one) and how many registrations wait. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffSeeRecentMergesAndPendingRegistrationsIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = as(ClinicRealm.RECEPTIONIST);
    }

    @Test
    void recentMergesComeNewestFirstWithBothRecordsWhoMergedAndWhetherTheyCanStillBeUndone() {
        String surname = uniqueSurname("Merge");
        String older = merge(surname, "Ana");
        String newer = merge(surname, "Bea");

        JsonNode merges = staffApi(reception, "/merges").get("").json();

        assertThat(merges.get(0).path("mergeId").asText()).isEqualTo(newer);
        assertThat(merges.get(1).path("mergeId").asText()).isEqualTo(older);
        JsonNode latest = merges.get(0);
        assertThat(latest.path("survivor").path("firstName").asText()).isEqualTo("Bea");
        assertThat(latest.path("survivor").path("lastName").asText()).isEqualTo(surname);
        assertThat(latest.path("merged").path("firstName").asText()).isEqualTo("Beatrice");
        assertThat(latest.path("merged").path("id").asText()).isNotEqualTo(latest.path("survivor").path("id").asText());
        assertThat(latest.path("mergedBy").path("username").asText()).isEqualTo(ClinicRealm.RECEPTIONIST);
        assertThat(latest.path("mergedAt").asText()).endsWith("Z");
        assertThat(latest.path("canUndo").asBoolean()).isTrue();
        assertThat(latest.has("undoneAt")).isFalse();

        // A change to the survivor since the merge: the undo rule refuses it, and the list says so.
        String survivor = latest.path("survivor").path("id").asText();
        reception.put("/" + survivor, patient(null, "Bea", surname, "1990-01-01", null, null));
        assertThat(staffApi(reception, "/merges").get("").json().get(0).path("canUndo").asBoolean()).isFalse();

        assertThat(staffApi(reception, "/merges/" + older + "/undo").post("", Map.of()).status()).isEqualTo(204);
        JsonNode undone = staffApi(reception, "/merges?first=1&max=1").get("").json();
        assertThat(undone).hasSize(1);
        assertThat(undone.get(0).path("mergeId").asText()).isEqualTo(older);
        assertThat(undone.get(0).path("canUndo").asBoolean()).isFalse();
        assertThat(undone.get(0).path("undoneBy").path("username").asText()).isEqualTo(ClinicRealm.RECEPTIONIST);
        assertThat(undone.get(0).path("undoneAt").asText()).endsWith("Z");
    }

    @Test
    void theMergesAreReadByStaffWhoMayViewUsersInPagesOfAtMostAHundred() {
        assertThat(staffApi(as(ClinicRealm.AUDITOR), "/merges").get("").status()).isEqualTo(200);
        assertThat(staffApi(as(ClinicRealm.CLINICIAN), "/merges").get("").status()).isEqualTo(403);
        assertThat(staffApi(reception, "/merges?max=101").get("").errorFields()).containsExactly("max");
        assertThat(staffApi(reception, "/merges?first=-1").get("").errorFields()).containsExactly("first");
    }

    @Test
    void theConsoleCountsTheRegistrationsWaitingForStaff() {
        long before = pending(reception);
        PatientAccessApi mother = PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
        String dependent = mother.post("/dependents", patient(null, "Lia", uniqueSurname("Count"), "2020-02-02", null, null))
                .json().path("patientId").asText();

        assertThat(pending(reception)).isEqualTo(before + 1);
        assertThat(pending(as(ClinicRealm.AUDITOR))).isEqualTo(before + 1);
        String registration = null;
        for (JsonNode entry : staffApi(reception, "/registrations?max=100").get("").json()) {
            if (entry.path("patient").path("id").asText().equals(dependent)) {
                registration = entry.path("id").asText();
            }
        }
        assertThat(staffApi(reception, "/registrations/" + registration + "/keep").post("", Map.of()).status()).isEqualTo(204);
        assertThat(pending(reception)).isEqualTo(before);
        assertThat(Long.parseLong(staffApi(reception, "/registrations/count?status=KEPT_AS_NEW").get("").body())).isGreaterThanOrEqualTo(1);
        assertThat(Long.parseLong(staffApi(reception, "/registrations/count?status=any").get("").body())).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void theCountIsForStaffWhoMayViewUsersAndNamesABadStatus() {
        assertThat(staffApi(as(ClinicRealm.CLINICIAN), "/registrations/count").get("").status()).isEqualTo(403);
        assertThat(staffApi(reception, "/registrations/count?status=WAITING").get("").errorFields()).containsExactly("status");
    }

    /** Two records of one person, the second merged into the first; answers the merge's id. */
    private String merge(String surname, String firstName) {
        String survivor = reception.create(patient(null, firstName, surname, null, null, null)).path("id").asText();
        String duplicate = reception.create(patient(null, firstName.equals("Bea") ? "Beatrice" : firstName + "a", surname, null, null, null))
                .path("id").asText();
        return reception.post("/" + survivor + "/merge", Map.of("mergedId", duplicate)).json().path("mergeId").asText();
    }

    private long pending(PatientAccessApi staff) {
        return Long.parseLong(staffApi(staff, "/registrations/count").get("").body());
    }

    private PatientAccessApi staffApi(PatientAccessApi staff, String path) {
        return staff.at("/admin/realms/" + realm.getName() + "/patient-access" + path);
    }

    private PatientAccessApi as(String username) {
        return PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), username, ClinicRealm.PASSWORD);
    }
}
