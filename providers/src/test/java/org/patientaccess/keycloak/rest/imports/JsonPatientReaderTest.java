package org.patientaccess.keycloak.rest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.importing.ImportRow;

class JsonPatientReaderTest {

    @Test
    void eachElementOfTheArrayIsAPatient() {
        List<ImportRow> rows = JsonPatientReader.read("""
                [{"externalId": "RP-1", "firstName": "Ana", "lastName": "Li", "birthDate": "2000-01-01"},
                 {"externalId": "RP-2", "firstName": "Bo", "lastName": "Li"}]
                """);

        assertThat(rows).extracting(row -> row.patient().externalId()).containsExactly("RP-1", "RP-2");
    }

    @Test
    void anUnknownFieldMakesItsRowFailNamingTheField() {
        List<ImportRow> rows = JsonPatientReader.read("""
                [{"externalId": "RP-1", "firstName": "Ana", "lastName": "Li", "birthdate": "2000-01-01"},
                 "not a patient",
                 {"externalId": "RP-2", "firstName": "Bo", "lastName": "Li"}]
                """);

        assertThat(rows.get(0).unreadable().field()).isEqualTo("birthdate");
        assertThat(rows.get(1).unreadable()).isNotNull();
        assertThat(rows.get(2).patient().firstName()).isEqualTo("Bo");
    }

    @Test
    void aBodyThatIsNotAnArrayIsRejected() {
        assertThatThrownBy(() -> JsonPatientReader.read("{\"externalId\": \"RP-1\"}")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> JsonPatientReader.read("[")).isInstanceOf(InvalidInputException.class);
    }
}
