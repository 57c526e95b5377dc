package org.patientaccess.keycloak.it.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

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

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffFindMatchingPatientsIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectRealm(ref = "other", config = OtherClinicRealm.class)
    ManagedRealm otherClinic;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private String surname;
    private String familyEmail;

    @BeforeEach
    void aFamilyIsOnFile() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        surname = uniqueSurname("Garcia");
        familyEmail = surname.toLowerCase() + "@family.test";
        reception.create(patient(null, "Maria", surname, "1984-06-02", familyEmail, "416 555 0134"));
        reception.create(patient(null, "Luis", surname, "1982-11-20", familyEmail, "416 555 0134"));
        reception.create(patient(null, "Sofia", surname, "2014-03-09", familyEmail, "416 555 0134"));
        reception.create(patient(null, "Mateo", surname, "2014-03-09", familyEmail, "416 555 0134"));
    }

    @Test
    void theSamePersonComesFirstAndCertainAndTheHouseholdAfter() {
        JsonNode candidates = match(patient(null, "MARIA", surname, "1984-06-02", familyEmail, null));

        assertThat(candidates.get(0).path("patient").path("firstName").asText()).isEqualTo("Maria");
        assertThat(candidates.get(0).path("grade").asText()).isEqualTo("certain");
        assertThat(candidates.get(0).path("score").asDouble()).isBetween(0.8, 1.0);
        assertThat(candidates).filteredOn(c -> c.path("grade").asText().equals("certain")).hasSize(1);
    }

    @Test
    void aTwinIsNeverTakenForTheOther() {
        JsonNode candidates = match(patient(null, "Sofia", surname, "2014-03-09", familyEmail, "(416) 555-0134"));

        assertThat(candidates).filteredOn(c -> c.path("grade").asText().equals("certain"))
                .extracting(c -> c.path("patient").path("firstName").asText()).containsExactly("Sofia");
        assertThat(candidates).filteredOn(c -> c.path("patient").path("firstName").asText().equals("Mateo"))
                .allSatisfy(mateo -> assertThat(mateo.path("grade").asText()).isEqualTo("possible"));
    }

    @Test
    void aMistypedNameAndTransposedBirthDateAreStillFound() {
        JsonNode candidates = match(patient(null, "Mariah", surname, "1984-02-06", null, null));

        assertThat(candidates).extracting(c -> c.path("patient").path("firstName").asText()).contains("Maria");
    }

    @Test
    void aSurnameChangedByMarriageIsStillFoundByTheGivenNameAndBirthDate() {
        JsonNode candidates = match(patient(null, "Maria", uniqueSurname("Lopez"), "1984-06-02", null, null));

        assertThat(candidates).filteredOn(c -> c.path("patient").path("lastName").asText().equals(surname))
                .extracting(c -> c.path("grade").asText()).containsExactly("possible");
    }

    @Test
    void typosInBothNamesAndTwoDigitsOfTheYearSwappedAreStillFoundButNeverCertain() {
        String mistypedSurname = surname.charAt(0) + "" + surname.charAt(2) + surname.charAt(1) + surname.substring(3);

        JsonNode candidates = match(patient(null, "Mraia", mistypedSurname, "1948-06-02", null, null));

        assertThat(candidates).filteredOn(c -> c.path("patient").path("lastName").asText().equals(surname))
                .extracting(c -> c.path("patient").path("firstName").asText()).contains("Maria");
        assertThat(candidates).extracting(c -> c.path("grade").asText()).doesNotContain("certain");
    }

    @Test
    void anotherClinicsPatientsAreNeverCandidates() {
        PatientAccessApi otherReception = PatientAccessApi.signedInAs(urls.getBase(), otherClinic.getName(),
                ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);

        ApiResponse response = otherReception.post("/match", patient(null, "Maria", surname, "1984-06-02", familyEmail, null));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("candidates")).isEmpty();
    }

    @Test
    void matchingNeedsViewUsersAndNamesAndWritesNothing() {
        long before = reception.count("?status=any");
        PatientAccessApi auditor = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.AUDITOR, ClinicRealm.PASSWORD);
        PatientAccessApi clinician = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.CLINICIAN, ClinicRealm.PASSWORD);

        assertThat(auditor.post("/match", patient(null, "Maria", surname, null, null, null)).status()).isEqualTo(200);
        assertThat(clinician.post("/match", patient(null, "Maria", surname, null, null, null)).status()).isEqualTo(403);
        ApiResponse noNames = reception.post("/match", patient(null, null, null, "1984-06-02", null, null));
        assertThat(noNames.status()).isEqualTo(400);
        assertThat(noNames.json().path("field").asText()).isEqualTo("firstName");
        assertThat(reception.count("?status=any")).isEqualTo(before);
    }

    private JsonNode match(Object person) {
        ApiResponse response = reception.post("/match", person);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("candidates");
    }
}
