package org.patientaccess.keycloak.rest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.PatientInput;
import org.patientaccess.keycloak.importing.ImportRow;

class CsvPatientReaderTest {

    @Test
    void eachLineAfterTheHeaderIsAPatientInAnyColumnOrder() {
        List<ImportRow> rows = CsvPatientReader.read("""
                lastName,firstName,externalId,birthDate,email,phone
                Garcia,Maria,RP-1,1984-06-02,maria@example.com,(416) 555-0134
                "O'Connor, Jr",Aisha,RP-2,,,
                """);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).row()).isEqualTo(1);
        assertThat(rows.get(0).patient().lastName()).isEqualTo("Garcia");
        assertThat(rows.get(0).patient().phone()).isEqualTo("(416) 555-0134");
        assertThat(rows.get(1).row()).isEqualTo(2);
        assertThat(rows.get(1).patient().lastName()).isEqualTo("O'Connor, Jr");
        assertThat(rows.get(1).patient().birthDate()).isEmpty();
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreIgnored() {
        List<ImportRow> rows = CsvPatientReader.read("\uFEFFexternalId,firstName,lastName\r\n\r\nRP-1,Ana,Li\r\n");

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.patient().externalId()).isEqualTo("RP-1"));
    }

    @Test
    void readOnlyColumnsOfAnExportAreIgnored() {
        List<ImportRow> rows = CsvPatientReader.read("id,externalId,firstName,lastName,status\nabc,RP-1,Ana,Li,ACTIVE\n");

        assertThat(rows.get(0).patient()).isEqualTo(new PatientInput("RP-1", "Ana", "Li", null, null, null));
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsUnreadableButTheOthersAreRead() {
        List<ImportRow> rows = CsvPatientReader.read("externalId,firstName,lastName\nRP-1,Ana\nRP-2,Bo,Li\n");

        assertThat(rows.get(0).unreadable()).isNotNull();
        assertThat(rows.get(1).patient().firstName()).isEqualTo("Bo");
    }

    @Test
    void anUnknownColumnRejectsTheWholeImportNamingIt() {
        assertThatThrownBy(() -> CsvPatientReader.read("externalId,firstName,lastName,dob\nRP-1,Ana,Li,2000-01-01\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("dob"));
    }

    @Test
    void anImportWithoutAnExternalIdColumnIsRejected() {
        assertThatThrownBy(() -> CsvPatientReader.read("firstName,lastName\nAna,Li\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("externalId"));
    }

    @Test
    void anUnterminatedQuoteRejectsTheWholeImport() {
        assertThatThrownBy(() -> CsvPatientReader.read("externalId,firstName,lastName\nRP-1,\"Ana,Li\n"))
                .isInstanceOf(InvalidInputException.class);
    }
}
