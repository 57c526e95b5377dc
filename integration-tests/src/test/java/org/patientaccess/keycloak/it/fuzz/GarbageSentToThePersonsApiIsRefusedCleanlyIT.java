package org.patientaccess.keycloak.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;
import static org.patientaccess.keycloak.it.support.fuzz.Answers.assertAnsweredCleanly;

import java.util.LinkedHashMap;
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
import org.patientaccess.keycloak.it.support.fuzz.Fuzz;
import org.patientaccess.keycloak.it.support.fuzz.Junk;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * The signed-in person's JSON bodies, fuzzed (see {@link Fuzz}): never a 5xx, every 4xx in
 * Keycloak's error shape naming the field, and a rejected request adds or changes nothing.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class GarbageSentToThePersonsApiIsRefusedCleanlyIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private PatientAccessApi mother;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        mother = PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
    }

    @Test
    void aDependentAddedFromGarbageIsRefusedNamingTheFieldAndNothingIsAdded() {
        Map<String, Object> valid = patient(null, "Fuzz", uniqueSurname("Dependent"), "2016-01-02", "fuzz.dependent@family.test", "514 555 0111");

        Fuzz.check("add a dependent", Junk.body(valid), body -> {
            long records = reception.count("?status=any");
            int mine = mother.get("/patients").json().size();
            ApiResponse answer = mother.post("/dependents", PatientAccessApi.JSON, body);
            assertAnsweredCleanly(answer, Junk.isJsonObject(body));
            int added = answer.status() == 201 ? 1 : 0;
            assertThat(reception.count("?status=any")).as("records after %s", answer).isEqualTo(records + added);
            assertThat(mother.get("/patients").json().size()).as("my patients after %s", answer).isEqualTo(mine + added);
        });
    }

    @Test
    void contactDetailsCorrectedWithGarbageAreRefusedNamingTheFieldAndStayAsTheyWere() {
        String patientId = reception.create(patient(null, "Fuzz", uniqueSurname("Contact"), "2011-03-04", "fuzz.contact@family.test", null))
                .path("id").asText();
        String grantId = reception.post("/" + patientId + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT",
                "permissions", List.of("BOOK", "VIEW", "MANAGE_PROFILE"))).json().path("id").asText();
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("email", "fuzz.corrected@family.test");
        valid.put("phone", "514 555 0112");

        Fuzz.check("correct contact details", Junk.body(valid), body -> {
            JsonNode before = reception.get("/" + patientId).json();
            ApiResponse answer = mother.put("/patients/" + grantId + "/contact", body);
            assertAnsweredCleanly(answer, Junk.isJsonObject(body));
            if (answer.status() >= 400) {
                assertThat(reception.get("/" + patientId).json()).as("the record after %s", answer).isEqualTo(before);
            }
        });
    }
}
