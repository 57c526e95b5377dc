package org.patientaccess.keycloak.age;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The coming-of-age rules on the calendar of one realm: when a record comes of age, when its notice
 * is due, when its guardians' grants end and when the young person may have their own account.
 */
public record ComingOfAgeCalendar(ComingOfAgeSettings settings) {

    /** Guardians and the young person are told this many days before the day. */
    public static final int NOTICE_DAYS = 30;
    /**
     * A day's work still done this many days late (the task did not run: every node down): later, staff
     * end the grants themselves, so that an old record's grants never end by surprise.
     */
    public static final int CATCH_UP_DAYS = 7;

    /** Today in the realm's time zone. */
    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, settings.zone());
    }

    /** The first instant of a day in the realm's time zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(settings.zone()).toInstant();
    }

    public LocalDate comesOfAgeOn(LocalDate birthDate) {
        return Birthdays.reached(birthDate, settings.ageOfMajority());
    }

    /** Whether a person born then is a minor today; without a birth date nobody can tell, so not. */
    public boolean isMinor(LocalDate birthDate, LocalDate today) {
        return birthDate != null && comesOfAgeOn(birthDate).isAfter(today);
    }

    /** The day from which the young person may have their own account; empty unless the realm sets that age. */
    public Optional<LocalDate> ownAccessFrom(LocalDate birthDate) {
        return settings.ownAccessAge().map(age -> Birthdays.reached(birthDate, age));
    }

    /** Whether an own (SELF) account is refused today: only where the realm sets the age, and only before it. */
    public boolean isTooYoungForOwnAccount(LocalDate birthDate, LocalDate today) {
        return birthDate != null && ownAccessFrom(birthDate).map(day -> day.isAfter(today)).orElse(false);
    }

    /** The notice is due in the 30 days before the day (a record created in them is told at once). */
    public boolean isNoticeDue(LocalDate birthDate, LocalDate today) {
        LocalDate day = comesOfAgeOn(birthDate);
        return !today.isBefore(day.minusDays(NOTICE_DAYS)) && today.isBefore(day);
    }

    /** The guardians' grants end on the day, or within the catch-up days after it. */
    public boolean isEndOfGuardianshipDue(LocalDate birthDate, LocalDate today) {
        return isWithinCatchUp(comesOfAgeOn(birthDate), today);
    }

    /** The young person's own-access day (if the realm has one) is today or within the catch-up days. */
    public boolean isOwnAccessNoticeDue(LocalDate birthDate, LocalDate today) {
        return ownAccessFrom(birthDate).map(day -> isWithinCatchUp(day, today)).orElse(false);
    }

    /** The birth dates of the records for which today's run may have work. */
    public Birthdays.BirthDates birthDatesDueOn(LocalDate today, int years, int daysAhead) {
        return Birthdays.reachingBetween(today.minusDays(CATCH_UP_DAYS), today.plusDays(daysAhead), years);
    }

    private static boolean isWithinCatchUp(LocalDate day, LocalDate today) {
        return !today.isBefore(day) && !today.isAfter(day.plusDays(CATCH_UP_DAYS));
    }
}
