package org.patientaccess.keycloak.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.rest.representation.ActorRepresentation;
import org.patientaccess.keycloak.rest.representation.HistoryPageRepresentation;

class HistoryCsvTest {

    @Test
    void everyRowHasTheSameColumnsWhateverItsAction() {
        String csv = HistoryCsv.write(List.of(
                new HistoryPageRepresentation.Entry("2026-12-02T10:00:00Z", "GRANT_GIVEN", new ActorRepresentation("u1", "staff"),
                        Map.of("grantId", "g1", "relationship", "PARENT")),
                new HistoryPageRepresentation.Entry("2026-12-02T09:00:00Z", "RECORD_CREATED", null, Map.of())));

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("time,action,actorUserId,actorUsername,grantId,accountId,relationship,");
        assertThat(lines.get(1)).startsWith("2026-12-02T10:00:00Z,GRANT_GIVEN,u1,staff,g1,,PARENT,");
        assertThat(lines.get(2)).startsWith("2026-12-02T09:00:00Z,RECORD_CREATED,,,");
        assertThat(lines.stream().map(line -> line.split(",", -1).length).distinct()).singleElement();
    }

    @Test
    void aUsernameASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(HistoryCsv.cell("=HYPERLINK(\"http://evil.test\")")).isEqualTo("'=HYPERLINK(\"http://evil.test\")");
        assertThat(HistoryCsv.cell("+1")).isEqualTo("'+1");
        assertThat(HistoryCsv.cell("-2")).isEqualTo("'-2");
        assertThat(HistoryCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(HistoryCsv.cell("maria@family.test")).isEqualTo("maria@family.test");
    }
}
