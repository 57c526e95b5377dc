package org.patientaccess.keycloak.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.keycloak.testframework.realm.ManagedRealm;
import org.patientaccess.keycloak.it.support.Patients;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * The clinic's receptionist, through the staff API: sets up a family before a person opens the
 * account console, and reads afterwards what the person's changes left for staff.
 */
final class Reception {

    private final PatientAccessApi staff;
    private final String realm;

    Reception(String serverUrl, ManagedRealm realm) {
        this.staff = PatientAccessApi.signedInAs(serverUrl, realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        this.realm = realm.getName();
    }

    /** A new patient record; answers its id. */
    String patient(String firstName, String lastName, String birthDate) {
        return staff.create(Patients.patient(null, firstName, lastName, birthDate, null, null))
                .path("id").asText();
    }

    /** Gives an account access to a patient; answers the grant's id. */
    String grant(String patientId, String email, String relationship, String... permissions) {
        Map<String, Object> terms = permissions.length == 0
                ? Map.of("email", email, "relationship", relationship)
                : Map.of("email", email, "relationship", relationship, "permissions", List.of(permissions));
        ApiResponse response = staff.post("/" + patientId + "/accounts", terms);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    /** Ends a grant, as staff do on the patient's User accounts. */
    void end(String patientId, String grantId) {
        ApiResponse response = staff.delete("/" + patientId + "/accounts/" + grantId);
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
    }

    /** Gives an account access to a patient on the legal basis staff saw, with the default permissions. */
    String grantOnLegalBasis(String patientId, String email, String relationship, String legalBasis) {
        ApiResponse response = staff.post("/" + patientId + "/accounts",
                Map.of("email", email, "relationship", relationship, "legalBasis", legalBasis));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    /** Invites an email address to act for a patient (the invitation is also emailed). */
    void invite(String patientId, String email, String relationship) {
        ApiResponse response = staff.post("/" + patientId + "/invitations", Map.of("email", email, "relationship", relationship));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    JsonNode patientRecord(String patientId) {
        return staff.get("/" + patientId).json();
    }

    JsonNode accounts(String patientId) {
        return staff.get("/" + patientId + "/accounts").json();
    }

    JsonNode invitations(String patientId) {
        return staff.get("/" + patientId + "/invitations").json();
    }

    JsonNode history(String patientId) {
        return staff.get("/" + patientId + "/history?max=100").json().path("entries");
    }

    JsonNode pendingRegistrations() {
        return staff.at("/admin/realms/" + realm + "/patient-access/registrations").get("?status=PENDING&max=100").json();
    }
}
