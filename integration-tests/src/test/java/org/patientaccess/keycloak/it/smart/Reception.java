package org.patientaccess.keycloak.it.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.patientaccess.keycloak.it.support.Patients;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/** The clinic's receptionist setting up a family through the staff API before a SMART app reads it. */
final class Reception {

    private final PatientAccessApi staff;

    Reception(String serverUrl, String realm) {
        this.staff = PatientAccessApi.signedInAs(serverUrl, realm, ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    /** A new patient record (a surname of its own, so that runs never meet); answers its id. */
    String patient(String firstName, String birthDate) {
        return staff.create(Patients.patient(null, firstName, Patients.uniqueSurname("Garcia"), birthDate, null, null)).path("id").asText();
    }

    /** Gives an account access to a patient (the default permissions); answers the grant's id. */
    String grant(String patientId, String email, String relationship) {
        ApiResponse response = staff.post("/" + patientId + "/accounts", Map.of("email", email, "relationship", relationship));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    void endGrant(String patientId, String grantId) {
        assertThat(staff.delete("/" + patientId + "/accounts/" + grantId).status()).isEqualTo(204);
    }
}
