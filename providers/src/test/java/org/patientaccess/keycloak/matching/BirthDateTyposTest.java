package org.patientaccess.keycloak.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
