package org.patientaccess.keycloak.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

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

/** Each input the fuzzing (or the work on it) found answered badly, kept as an example. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class InputsTheFuzzingFoundAreRefusedCleanlyIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    /** Was a 400 naming no field. */
    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        ApiResponse answer = reception.post("", PatientAccessApi.JSON,
                "{\"firstName\": {\"given\": \"Ana\"}, \"lastName\": \"" + uniqueSurname("Shape") + "\"}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("field").asText()).isEqualTo("firstName");
    }

    /** Was a 400 naming no field: a number too large for an integer is read before any field rule. */
    @Test
    void aNumberTooLargeForItsFieldIsNamed() {
        String id = reception.create(patient(null, "Ana", uniqueSurname("Large"), null, null, null)).path("id").asText();

        ApiResponse answer = reception.put("/" + id, "{\"firstName\": \"Ana\", \"lastName\": \"Li\", \"version\": 1e400}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("field").asText()).isEqualTo("version");
    }
}
