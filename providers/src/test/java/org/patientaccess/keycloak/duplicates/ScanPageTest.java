package org.patientaccess.keycloak.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.ScanRow;

class ScanPageTest {

    @Test
    void aFullPageLeavesItsLastBlockToTheNextPage() {
        ScanPage page = ScanPage.of(List.of(row("1", "ANT"), row("2", "ANT"), row("3", "BRN"), row("4", "SMT")), true);

        assertThat(page.blocks()).extracting(List::size).containsExactly(2, 1);
        assertThat(page.cursor()).isEqualTo("BRN");
        assertThat(page.records()).isEqualTo(3);
        assertThat(page.tooBigKey()).isNull();
    }

    @Test
    void theLastPageOfAPassKeepsEveryBlock() {
        ScanPage page = ScanPage.of(List.of(row("1", "ANT"), row("2", "SMT"), row("3", "SMT")), false);

        assertThat(page.blocks()).extracting(List::size).containsExactly(1, 2);
        assertThat(page.cursor()).isEqualTo("SMT");
    }

    @Test
    void aBlockThatFillsAWholePageIsToBeReadOnItsOwn() {
        ScanPage page = ScanPage.of(List.of(row("1", "SMT"), row("2", "SMT")), true);

        assertThat(page.blocks()).isEmpty();
        assertThat(page.tooBigKey()).isEqualTo("SMT");
    }

    @Test
    void anEmptyPageEndsThePass() {
        ScanPage page = ScanPage.of(List.of(), false);

        assertThat(page.blocks()).isEmpty();
        assertThat(page.cursor()).isNull();
        assertThat(page.tooBigKey()).isNull();
    }

    private static ScanRow row(String id, String key) {
        return new ScanRow(id, new PatientDetails(null, "A", "B", null, null, null), key);
    }
}
