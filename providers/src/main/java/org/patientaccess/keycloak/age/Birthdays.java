package org.patientaccess.keycloak.age;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The day a person reaches an age. Someone born on 29 February has lived their full years only once
 * 28 February is over, so in a year without that day they reach the age on 1 March (not on 28 February,
 * where {@link LocalDate#plusYears} would put it): a guardian's access never ends a day early.
 */
public final class Birthdays {

    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

    private Birthdays() {
    }

    /** The first day on which a person born on {@code birthDate} is {@code years} old. */
    public static LocalDate reached(LocalDate birthDate, int years) {
        LocalDate anniversary = birthDate.plusYears(years);
        boolean leapDayLost = MonthDay.from(birthDate).equals(LEAP_DAY) && anniversary.getDayOfMonth() == 28;
        return leapDayLost ? anniversary.plusDays(1) : anniversary;
    }

    /**
     * The birth dates of the people who reach {@code years} on a day from {@code from} to {@code to}
     * (both included), as a range of birth dates a database index serves.
     */
    public static BirthDates reachingBetween(LocalDate from, LocalDate to, int years) {
        // reached() never goes back as the birth date moves on: start a little outside and step in.
        LocalDate earliest = from.minusYears(years).minusDays(2);
        while (reached(earliest, years).isBefore(from)) {
            earliest = earliest.plusDays(1);
        }
        LocalDate latest = to.minusYears(years).plusDays(2);
        while (reached(latest, years).isAfter(to)) {
            latest = latest.minusDays(1);
        }
        return new BirthDates(earliest, latest);
    }

    /** Birth dates from {@code earliest} to {@code latest}, both included; empty when latest is before earliest. */
    public record BirthDates(LocalDate earliest, LocalDate latest) {

        public boolean isEmpty() {
            return latest.isBefore(earliest);
        }
    }
}
