package org.patientaccess.keycloak.it.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

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
import org.patientaccess.keycloak.it.support.registration.RegistrationQueue;

/**
 * The email a family types for a dependent is unverified: matching does not count it as a contact the
 * dependent shares with a clinic record, and a merge into the clinic's record does not copy it unless
 * staff choose it.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class AFamilysTypedEmailIsNotContactEvidenceIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private PatientAccessApi family;
    private RegistrationQueue queue;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        family = PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
        queue = new RegistrationQueue(reception, realm.getName());
    }

    @Test
    void aDependentWithARecordsNamesBirthDateAndTypedEmailMakesThatRecordProbableNotCertain() {
        String surname = uniqueSurname("Lindqvist");
        String email = surname.toLowerCase() + "@family.test";
        String record = reception.create(patient(null, "Elise", surname, "1958-08-08", email, null)).path("id").asText();

        String dependent = added(family.post("/dependents", patient(null, "Elise", surname, "1958-08-08", email, null)));

        JsonNode candidates = queue.entryFor(dependent).path("candidates");
        assertThat(candidates).as("the clinic's record is a candidate").anySatisfy(candidate -> {
            assertThat(candidate.path("patient").path("id").asText()).isEqualTo(record);
            assertThat(candidate.path("grade").asText()).as("a typed email is no contact in common: names and birth date alone").isEqualTo("probable");
        });
    }

    @Test
    void aMergeWithoutTakingTheEmailLeavesTheClinicsRecordWithoutTheFamilysTypedEmail() {
        String surname = uniqueSurname("Lindqvist");
        String record = reception.create(patient(null, "Bruno", surname, "1960-10-10", null, null)).path("id").asText();
        String typed = surname.toLowerCase() + ".typed@family.test";
        String dependent = added(family.post("/dependents", patient(null, "Bruno", surname, "1960-10-10", typed, null)));

        ApiResponse merged = queue.api().post("/" + queue.entryFor(dependent).path("id").asText() + "/merge", Map.of("into", record));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        JsonNode survivor = reception.get("/" + record).json();
        assertThat(survivor.path("email").isMissingNode() || survivor.path("email").isNull())
                .as("an empty email is not filled from what a family typed: " + survivor).isTrue();
    }

    @Test
    void aMergeThatTakesTheEmailCopiesItAsTheClinicsChoice() {
        String surname = uniqueSurname("Lindqvist");
        String record = reception.create(patient(null, "Carla", surname, "1962-12-12", null, null)).path("id").asText();
        String typed = surname.toLowerCase() + ".typed@family.test";
        String dependent = added(family.post("/dependents", patient(null, "Carla", surname, "1962-12-12", typed, null)));

        ApiResponse merged = queue.api().post("/" + queue.entryFor(dependent).path("id").asText() + "/merge",
                Map.of("into", record, "take", List.of("email")));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        JsonNode survivor = reception.get("/" + record).json();
        assertThat(survivor.path("email").asText()).isEqualTo(typed);
        assertThat(survivor.path("emailSource").asText()).as("staff chose it: " + survivor).isEqualTo("CLINIC");
    }

    private static String added(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("patientId").asText();
    }
}
