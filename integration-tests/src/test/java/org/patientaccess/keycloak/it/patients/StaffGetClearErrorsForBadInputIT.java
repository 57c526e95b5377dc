package org.patientaccess.keycloak.it.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;
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
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffGetClearErrorsForBadInputIT {

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
    void everyBadFieldIsNamedAndNothingIsWritten() {
        String surname = uniqueSurname("Invalid");
        long before = reception.count("?status=any");

        ApiResponse response = reception.post("", patient(null, " ", surname, "2999-01-01", "not-an-email", "12"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo("firstName");
        assertThat(response.json().path("errorMessage").asText()).isEqualTo("firstName is required");
        assertThat(response.errorFields()).containsExactly("firstName", "birthDate", "email", "phone");
        assertThat(reception.count("?status=any")).isEqualTo(before);
    }

    @Test
    void anImpossibleBirthDateIsRejected() {
        assertField(reception.post("", patient(null, "Ana", "Li", "2023-02-29", null, null)), "birthDate");
        assertField(reception.post("", patient(null, "Ana", "Li", "1984-6-2", null, null)), "birthDate");
    }

    @Test
    void aMisspelledFieldIsNamedRatherThanSilentlyDropped() {
        Map<String, Object> patient = patient(null, "Ana", "Li", null, null, null);
        patient.put("dateOfBirth", "2000-01-01");

        assertField(reception.post("", patient), "dateOfBirth");
    }

    @Test
    void aBodyCutShortIsRejectedNamingTheFieldItWasReading() {
        assertField(reception.post("", PatientAccessApi.JSON, "{\"firstName\": "), "firstName");
    }

    @Test
    void anExternalIdAlreadyUsedIsRejectedOnCreateAndUpdate() {
        String externalId = uniqueExternalId();
        reception.create(patient(externalId, "Ana", "Li", null, null, null));
        JsonNode other = reception.create(patient(uniqueExternalId(), "Bo", "Li", null, null, null));

        assertField(reception.post("", patient(externalId, "Cy", "Li", null, null, null)), "externalId");
        assertField(reception.put("/" + other.path("id").asText(), patient(externalId, "Bo", "Li", null, null, null)), "externalId");
        assertThat(reception.get("/" + other.path("id").asText()).json()).isEqualTo(other);
    }

    @Test
    void aBadUpdateChangesNothing() {
        JsonNode created = reception.create(patient(null, "Ana", uniqueSurname("Keep"), "2000-01-01", null, null));
        String id = created.path("id").asText();

        assertField(reception.put("/" + id, patient(null, "Anna", "Li", "2000-01-01", null, "not a phone")), "phone");
        Map<String, Object> merged = patient(null, "Ana", "Li", null, null, null);
        merged.put("status", "MERGED");
        assertField(reception.put("/" + id, merged), "status");

        assertThat(reception.get("/" + id).json()).isEqualTo(created);
    }

    private static void assertField(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).as(response.toString()).isEqualTo(field);
    }
}
