package org.patientaccess.keycloak.it.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;

/** Staff setting up a family's records and grants for the token tests (and the SMART ones), through the staff API. */
public final class TokenFamily {

    private final PatientAccessApi reception;

    public TokenFamily(PatientAccessApi reception) {
        this.reception = reception;
    }

    public String newPatient(String firstName, String birthDate) {
        return reception.create(patient(null, firstName, uniqueSurname("Garcia"), birthDate, null, null)).path("id").asText();
    }

    public String grant(String patientId, String email, String relationship) {
        ApiResponse response = reception.post("/" + patientId + "/accounts", Map.of("email", email, "relationship", relationship));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    public void endGrant(String patientId, String grantId) {
        assertThat(reception.delete("/" + patientId + "/accounts/" + grantId).status()).isEqualTo(204);
    }

    void archive(String patientId) {
        assertThat(reception.delete("/" + patientId).status()).isEqualTo(204);
    }

    /** Merges {@code mergedId} into {@code survivorId}; answers the merge's id, for an undo. */
    String merge(String survivorId, String mergedId) {
        ApiResponse merged = reception.post("/" + survivorId + "/merge", Map.of("mergedId", mergedId, "take", List.of()));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        return merged.json().path("mergeId").asText();
    }

    void undoMerge(String mergeId) {
        assertThat(reception.merges().post("/" + mergeId + "/undo", PatientAccessApi.JSON, "").status()).isEqualTo(204);
    }

    void changePermissions(String patientId, String grantId, String relationship, List<String> permissions) {
        ApiResponse changed = reception.put("/" + patientId + "/accounts/" + grantId,
                Map.of("relationship", relationship, "permissions", permissions));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    String grantUntil(String patientId, String email, String relationship, String validUntil) {
        ApiResponse response = reception.post("/" + patientId + "/accounts",
                Map.of("email", email, "relationship", relationship, "validUntil", validUntil));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    /** Puts the record back to active (after an archive), or renames it, through the staff's replace. */
    void replace(String patientId, String firstName, String lastName, String birthDate, String status) {
        Map<String, Object> record = patient(null, firstName, lastName, birthDate, null, null);
        record.put("status", status);
        ApiResponse replaced = reception.put("/" + patientId, record);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    }

    String lastName(String patientId) {
        return reception.get("/" + patientId).json().path("lastName").asText();
    }

    /** The record ids a patients claim lists, in its order. */
    public static List<String> ids(JsonNode patientsClaim) {
        List<String> ids = new ArrayList<>();
        patientsClaim.forEach(entry -> ids.add(entry.path("id").asText()));
        return ids;
    }
}
