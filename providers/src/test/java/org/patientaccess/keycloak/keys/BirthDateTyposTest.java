package org.patientaccess.keycloak.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class BirthDateTyposTest {

    @Test
    void swappedDigitsOfTheYearAreASlip() {
        assertThat(BirthDateTypos.isSlipOf(date("1935-04-12"), date("1953-04-12"))).isTrue();
    }

    @Test
    void swappedDigitsOfTheDayAreASlip() {
        assertThat(BirthDateTypos.isSlipOf(date("1984-07-13"), date("1984-07-31"))).isTrue();
    }

    @Test
    void theDayAndMonthSwappedAreASlip() {
        assertThat(BirthDateTypos.isSlipOf(date("1978-01-12"), date("1978-12-01"))).isTrue();
    }

    @Test
    void anotherDateIsNoSlip() {
        assertThat(BirthDateTypos.isSlipOf(date("1982-11-20"), date("2012-05-20"))).isFalse();
        assertThat(BirthDateTypos.isSlipOf(date("1953-04-21"), date("1935-04-12"))).isFalse();
    }

    @Test
    void aDateIsNotASlipOfItself() {
        assertThat(BirthDateTypos.isSlipOf(date("1953-04-12"), date("1953-04-12"))).isFalse();
    }

    @Test
    void onlySwapsThatGiveAValidDateAreSlips() {
        // 1984-13-02, 1980-42-13, 1984-20-13 and 1984-02-31 are no dates.
        assertThat(BirthDateTypos.slipsOf(date("1984-02-13")))
                .containsExactlyInAnyOrder(date("9184-02-13"), date("1894-02-13"), date("1948-02-13"), date("1984-01-23"));
    }

    @Test
    void everySlipOfADateHasTheDatesSortedDigits() {
        LocalDate date = date("1953-04-12");
        assertThat(BirthDateTypos.digitsKey(date)).isEqualTo("01123459");
        assertThat(BirthDateTypos.slipsOf(date)).isNotEmpty()
                .allSatisfy(slip -> assertThat(BirthDateTypos.digitsKey(slip)).isEqualTo(BirthDateTypos.digitsKey(date)));
        assertThat(BirthDateTypos.digitsKey(date("1978-12-01"))).isEqualTo(BirthDateTypos.digitsKey(date("1978-01-12")));
    }

    @Test
    void anotherDateHasOtherSortedDigits() {
        assertThat(BirthDateTypos.digitsKey(date("1953-04-13"))).isNotEqualTo(BirthDateTypos.digitsKey(date("1953-04-12")));
    }

    @Test
    void aSlipIsExactlyOneOfTheDatesSlipsOf() {
        for (LocalDate date = date("1999-12-20"); date.isBefore(date("2000-02-15")); date = date.plusDays(1)) {
            List<LocalDate> slips = BirthDateTypos.slipsOf(date);
            for (LocalDate other = date.minusDays(400); other.isBefore(date.plusDays(400)); other = other.plusDays(1)) {
                assertThat(BirthDateTypos.isSlipOf(other, date)).as(other + " of " + date).isEqualTo(slips.contains(other));
            }
            for (LocalDate slip : slips) {
                assertThat(BirthDateTypos.isSlipOf(slip, date)).as(slip + " of " + date).isTrue();
            }
        }
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
