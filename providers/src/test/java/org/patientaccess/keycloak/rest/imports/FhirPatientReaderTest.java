package org.patientaccess.keycloak.rest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.PatientInput;
import org.patientaccess.keycloak.importing.ImportRow;

class FhirPatientReaderTest {

    @Test
    void aPatientResourceGivesIdentifierOfficialNameBirthDateEmailAndMobile() {
        List<ImportRow> rows = FhirPatientReader.read("""
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "Patient",
                    "identifier": [{"system": "urn:clinic", "value": "RP-7"}],
                    "name": [{"use": "nickname", "given": ["Jeff"]},
                             {"use": "official", "family": "Tremblay", "given": ["Jean", "François"]}],
                    "birthDate": "1990-07-15",
                    "telecom": [{"system": "phone", "use": "home", "value": "514 555 0100"},
                                {"system": "phone", "use": "mobile", "value": "514 555 0199"},
                                {"system": "email", "value": "jf@example.ca"}]}}
                ]}
                """);

        PatientInput patient = rows.get(0).patient();
        assertThat(patient.externalId()).isEqualTo("RP-7");
        assertThat(patient.firstName()).isEqualTo("Jean François");
        assertThat(patient.lastName()).isEqualTo("Tremblay");
        assertThat(patient.birthDate()).isEqualTo("1990-07-15");
        assertThat(patient.email()).isEqualTo("jf@example.ca");
        assertThat(patient.phone()).isEqualTo("514 555 0199");
    }

    @Test
    void aSyntheaTransactionBundleGivesItsPatientAndSkipsTheClinicalResources() throws IOException {
        List<ImportRow> rows = FhirPatientReader.read(fixture("fhir/synthea-transaction-bundle.json"));

        assertThat(rows).extracting(ImportRow::skippedResource)
                .containsExactly(null, "Encounter", "Condition", "Observation", "Observation");
        ImportRow patientRow = rows.get(0);
        assertThat(patientRow.row()).isEqualTo(1);
        PatientInput patient = patientRow.patient();
        assertThat(patient.externalId()).as("the MR identifier, not the social security number")
                .isEqualTo("8c95253e-8ee8-9ae8-6d40-021d702dc78e");
        assertThat(patient.firstName()).as("no prefix; digits as written").isEqualTo("Jose871 Antonio44");
        assertThat(patient.lastName()).isEqualTo("Marks830");
        assertThat(patient.birthDate()).isEqualTo("1989-03-14");
        assertThat(patient.phone()).isEqualTo("555-450-5873");
        assertThat(patient.email()).isNull();
    }

    @Test
    void anEhrTransactionExportGivesItsPatientAmongTheClinicalResourcesAndSkipsTheRest() throws IOException {
        List<ImportRow> rows = FhirPatientReader.read(fixture("fhir/ehr-transaction-bundle.json"));

        assertThat(rows).extracting(ImportRow::skippedResource).containsExactly("Organization", "Practitioner", "Encounter", null,
                "Condition", "Condition", "Observation", "Observation", "MedicationRequest", "AllergyIntolerance", "Immunization", "Provenance");
        ImportRow patientRow = rows.get(3);
        assertThat(patientRow.row()).as("the entry's position in the file").isEqualTo(4);
        PatientInput patient = patientRow.patient();
        assertThat(patient.externalId()).as("the MRN, listed after the social security number").isEqualTo("E1234567");
        assertThat(patient.firstName()).as("the official name, not the usual nickname, without Mr.").isEqualTo("Robert James");
        assertThat(patient.lastName()).as("without Jr.").isEqualTo("O'Connor-Smith");
        assertThat(patient.birthDate()).isEqualTo("1976-08-12");
        assertThat(patient.phone()).as("the mobile among home, work and fax, as written").isEqualTo("514.555.0141");
        assertThat(patient.email()).as("the home address").isEqualTo("Robert.OConnor@Example.com");
    }

    @Test
    void entriesThatAreNotPatientsAreSkippedInBundlesOfEveryType() {
        for (String type : List.of("collection", "transaction", "batch", "searchset")) {
            List<ImportRow> rows = FhirPatientReader.read("""
                    {"resourceType": "Bundle", "type": "%s", "entry": [
                      {"resource": {"resourceType": "Organization", "name": "Riverside Physio"}},
                      {"resource": {"resourceType": "Practitioner", "name": [{"family": "Kuhn96", "prefix": ["Dr."]}]}},
                      {"resource": {"resourceType": "Patient", "identifier": [{"value": "RP-8"}], "name": [{"family": "Li", "given": ["Ana"]}]}},
                      {"resource": {"resourceType": "OperationOutcome"}, "search": {"mode": "outcome"}}
                    ]}
                    """.formatted(type));

            assertThat(rows).as(type).extracting(ImportRow::skippedResource)
                    .containsExactly("Organization", "Practitioner", null, "OperationOutcome");
            assertThat(rows.get(2).row()).as("a patient keeps its entry's position").isEqualTo(3);
            assertThat(rows.get(2).patient().lastName()).isEqualTo("Li");
        }
    }

    @Test
    void anEntryWithoutAResourceIsAFailedRow() {
        List<ImportRow> rows = FhirPatientReader.read("""
                {"resourceType": "Bundle", "type": "transaction", "entry": [
                  {"request": {"method": "DELETE", "url": "Patient/123"}}
                ]}
                """);

        assertThat(rows.get(0).unreadable().field()).isEqualTo("resource");
    }

    @Test
    void theExternalIdIsTheMedicalRecordNumberElseTheFirstIdentifierElseTheResourceId() {
        List<ImportRow> rows = FhirPatientReader.read("""
                {"resourceType": "Bundle", "entry": [
                  {"resource": {"resourceType": "Patient", "id": "p1", "name": [{"family": "Li", "given": ["Ana"]}],
                    "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "SS"}]}, "value": "999-61-4317"},
                                   {"type": {"coding": [{"code": "MR"}]}, "value": "RP-9"}]}},
                  {"resource": {"resourceType": "Patient", "id": "p2", "name": [{"family": "Li", "given": ["Bo"]}],
                    "identifier": [{"system": "urn:clinic", "value": "RP-10"}, {"system": "urn:other", "value": "X-1"}]}},
                  {"resource": {"resourceType": "Patient", "id": "p3", "name": [{"family": "Li", "given": ["Cy"]}]}}
                ]}
                """);

        assertThat(rows).extracting(row -> row.patient().externalId()).containsExactly("RP-9", "RP-10", "p3");
    }

    @Test
    void anotherCodeSystemsMrIsNotAMedicalRecordNumber() {
        List<ImportRow> rows = FhirPatientReader.read("""
                {"resourceType": "Bundle", "entry": [
                  {"resource": {"resourceType": "Patient", "name": [{"family": "Li", "given": ["Ana"]}],
                    "identifier": [{"system": "urn:clinic", "value": "RP-11"},
                                   {"type": {"coding": [{"system": "urn:elsewhere", "code": "MR"}]}, "value": "X-2"}]}}
                ]}
                """);

        assertThat(rows.get(0).patient().externalId()).isEqualTo("RP-11");
    }

    @Test
    void aMarriedNameThatIsOfficialWinsOverTheMaidenName() {
        List<ImportRow> rows = FhirPatientReader.read("""
                {"resourceType": "Bundle", "entry": [
                  {"resource": {"resourceType": "Patient", "identifier": [{"value": "RP-12"}],
                    "name": [{"use": "maiden", "family": "Arroyo117", "given": ["Lupe126"], "prefix": ["Ms."]},
                             {"use": "official", "family": "Marks830", "given": ["Lupe126"], "prefix": ["Mrs."]}],
                    "gender": "female", "multipleBirthInteger": 2, "deceasedBoolean": false}}
                ]}
                """);

        assertThat(rows.get(0).patient().firstName()).isEqualTo("Lupe126");
        assertThat(rows.get(0).patient().lastName()).isEqualTo("Marks830");
    }

    @Test
    void somethingOtherThanABundleIsRejected() {
        assertThatThrownBy(() -> FhirPatientReader.read("{\"resourceType\": \"Patient\"}"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FhirPatientReader.read("not json"))
                .isInstanceOf(InvalidInputException.class);
    }

    private static String fixture(String path) throws IOException {
        try (InputStream in = FhirPatientReaderTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
