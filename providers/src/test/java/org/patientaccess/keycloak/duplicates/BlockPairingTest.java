package org.patientaccess.keycloak.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.ScanKey;
import org.patientaccess.keycloak.core.ScanRow;

class BlockPairingTest {

    @Test
    void aSurnamesBlockPairsABirthDateWithItsSlips() {
        ScanRow born = row("a", "Anna", "Smith", "1953-04-12");
        ScanRow slip = row("b", "Anna", "Smith", "1935-04-12");
        ScanRow dayAndMonthSwapped = row("c", "Hanna", "Smyth", "1953-12-04");

        assertThat(ids(BlockPairing.pairsToScore(ScanKey.LAST_NAME_PHONETIC, List.of(born, slip, dayAndMonthSwapped))))
                .containsExactlyInAnyOrder("a b", "a c", "b c");
    }

    @Test
    void aSurnamesBlockPairsTheRightDayAYearOff() {
        ScanRow born = row("a", "Anna", "Smith", "1953-04-12");
        ScanRow yearOff = row("b", "Zoe", "Smith", "1954-04-12");

        assertThat(ids(BlockPairing.pairsToScore(ScanKey.FIRST_NAME_PHONETIC, List.of(born, yearOff)))).containsExactly("a b");
    }

    @Test
    void theSameDayAndMonthDecadesApartIsNotScored() {
        ScanRow parent = row("a", "Anna", "Smith", "1953-04-12");
        ScanRow child = row("b", "Zoe", "Smith", "1983-04-12");

        assertThat(BlockPairing.pairsToScore(ScanKey.FIRST_NAME_PHONETIC, List.of(parent, child))).isEmpty();
    }

    @Test
    void aSurnamesBlockDoesNotPairOtherBirthDatesOfOtherGivenNames() {
        ScanRow one = row("a", "Anna", "Smith", "1953-04-12");
        ScanRow other = row("b", "Zoe", "Smith", "1960-07-30");

        assertThat(BlockPairing.pairsToScore(ScanKey.LAST_NAME_PHONETIC, List.of(one, other))).isEmpty();
    }

    @Test
    void aSurnamesBlockPairsTheSameGivenNameWhateverTheDateOrWithout() {
        ScanRow one = row("a", "Anna", "Smith", "1953-04-12");
        ScanRow oneDigitOff = row("b", "Ana", "Smith", "1953-04-17");
        ScanRow undated = row("c", "Anna", "Smith", null);

        assertThat(ids(BlockPairing.pairsToScore(ScanKey.LAST_NAME_PHONETIC, List.of(one, oneDigitOff, undated))))
                .containsExactlyInAnyOrder("a b", "a c", "b c");
        // The given name's pass has no such sub-block: the surname's pass finds them.
        assertThat(BlockPairing.pairsToScore(ScanKey.FIRST_NAME_PHONETIC, List.of(one, oneDigitOff, undated))).isEmpty();
    }

    @Test
    void aBirthDatesBlockPairsEveryoneBornThatDay() {
        List<ScanRow> block = List.of(row("a", "Anna", "Smith", "1953-04-12"), row("b", "Zoe", "Okafor", "1953-04-12"),
                row("c", "Li", "Wong", "1953-04-12"));

        assertThat(ids(BlockPairing.pairsToScore(ScanKey.BIRTH_DATE, block))).containsExactlyInAnyOrder("a b", "a c", "b c");
    }

    @Test
    void aBlockTooBigToSayMuchIsNotPaired() {
        List<ScanRow> sharedEmail = IntStream.range(0, BlockPairing.BLOCK_CAP + 1)
                .mapToObj(i -> row("id" + i, "Person" + i, "Family" + i, null)).toList();

        assertThat(BlockPairing.pairsToScore(ScanKey.EMAIL, sharedEmail)).isEmpty();
        assertThat(BlockPairing.pairsToScore(ScanKey.EMAIL, sharedEmail.subList(0, BlockPairing.BLOCK_CAP)))
                .hasSize(BlockPairing.BLOCK_CAP * (BlockPairing.BLOCK_CAP - 1) / 2);
    }

    @Test
    void aPairInSeveralSubBlocksIsScoredOnce() {
        ScanRow one = row("a", "Anna", "Smith", "1953-04-12");
        ScanRow same = row("b", "Anna", "Smith", "1953-04-12");

        assertThat(ids(BlockPairing.pairsToScore(ScanKey.LAST_NAME_PHONETIC, List.of(one, same)))).containsExactly("a b");
    }

    private static List<String> ids(List<ScanRow[]> pairs) {
        List<String> ids = new ArrayList<>();
        pairs.forEach(pair -> ids.add(pair[0].id().compareTo(pair[1].id()) < 0 ? pair[0].id() + " " + pair[1].id() : pair[1].id() + " " + pair[0].id()));
        return ids;
    }

    static ScanRow row(String id, String firstName, String lastName, String birthDate) {
        return new ScanRow(id, new PatientDetails(null, firstName, lastName, birthDate == null ? null : LocalDate.parse(birthDate), null, null),
                "key");
    }
}
