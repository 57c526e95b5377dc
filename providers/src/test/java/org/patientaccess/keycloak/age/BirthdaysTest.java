package org.patientaccess.keycloak.age;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BirthdaysTest {

    @Test
    void aPersonReachesAnAgeOnTheirBirthday() {
        assertThat(Birthdays.reached(LocalDate.of(2008, 6, 15), 18)).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void someoneBornOnTheLeapDayReachesAnAgeOnTheFirstOfMarchInAnOrdinaryYear() {
        assertThat(Birthdays.reached(LocalDate.of(2008, 2, 29), 18)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Birthdays.reached(LocalDate.of(2008, 2, 28), 18)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void someoneBornOnTheLeapDayReachesAnAgeOnTheLeapDayOfALeapYear() {
        assertThat(Birthdays.reached(LocalDate.of(2008, 2, 29), 16)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theBirthDatesReachingAnAgeInARangeAreExactlyThoseWhoseDayFallsInIt() {
        LocalDate from = LocalDate.of(2026, 2, 20);
        LocalDate to = LocalDate.of(2026, 3, 10);
        Birthdays.BirthDates range = Birthdays.reachingBetween(from, to, 18);

        for (LocalDate birth = LocalDate.of(2008, 1, 1); birth.isBefore(LocalDate.of(2008, 5, 1)); birth = birth.plusDays(1)) {
            LocalDate day = Birthdays.reached(birth, 18);
            boolean inRange = !day.isBefore(from) && !day.isAfter(to);
            boolean inBirthDates = !birth.isBefore(range.earliest()) && !birth.isAfter(range.latest());
            assertThat(inBirthDates).as(birth.toString()).isEqualTo(inRange);
        }
    }

    @Test
    void onlyTheLeapDayIsBornToComeOfAgeOnTheFirstOfMarchBesidesTheFirstOfMarch() {
        LocalDate firstOfMarch = LocalDate.of(2026, 3, 1);

        Birthdays.BirthDates range = Birthdays.reachingBetween(firstOfMarch, firstOfMarch, 18);

        assertThat(range).isEqualTo(new Birthdays.BirthDates(LocalDate.of(2008, 2, 29), LocalDate.of(2008, 3, 1)));
    }
}
