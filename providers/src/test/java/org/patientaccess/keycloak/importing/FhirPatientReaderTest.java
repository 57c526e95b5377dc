package org.patientaccess.keycloak.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.resource.representation.PatientRepresentation;
import org.patientaccess.keycloak.validation.InvalidInputException;

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

        PatientRepresentation patient = rows.get(0).patient();
        assertThat(patient.getExternalId()).isEqualTo("RP-7");
        assertThat(patient.getFirstName()).isEqualTo("Jean François");
        assertThat(patient.getLastName()).isEqualTo("Tremblay");
        assertThat(patient.getBirthDate()).isEqualTo("1990-07-15");
        assertThat(patient.getEmail()).isEqualTo("jf@example.ca");
        assertThat(patient.getPhone()).isEqualTo("514 555 0199");
    }

    @Test
    void anEntryThatIsNotAPatientIsAFailedRow() {
        List<ImportRow> rows = FhirPatientReader.read("""
                {"resourceType": "Bundle", "entry": [
                  {"resource": {"resourceType": "Observation"}},
                  {"resource": {"resourceType": "Patient", "identifier": [{"value": "RP-8"}], "name": [{"family": "Li", "given": ["Ana"]}]}}
                ]}
                """);

        assertThat(rows.get(0).unreadable().field()).isEqualTo("resourceType");
        assertThat(rows.get(1).row()).isEqualTo(2);
        assertThat(rows.get(1).patient().getLastName()).isEqualTo("Li");
    }

    @Test
    void somethingOtherThanABundleIsRejected() {
        assertThatThrownBy(() -> FhirPatientReader.read("{\"resourceType\": \"Patient\"}"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FhirPatientReader.read("not json"))
                .isInstanceOf(InvalidInputException.class);
    }
}
