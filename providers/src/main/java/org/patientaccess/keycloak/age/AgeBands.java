package org.patientaccess.keycloak.age;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.GrantPermission;

/**
 * A realm's age bands (realm attribute {@value #AGE_BANDS}): from which birthdays, before the age of
 * majority, the parents' and guardians' grants on a minor's record carry less, or are reviewed by staff.
 * A preset name or the realm's own list, such as {@code 12=BOOK; 13=REVIEW; 16=NONE} (an age, then the
 * permissions the grants keep at most joined by {@code +}, or {@code NONE}: suspended, or
 * {@code REVIEW}: staff review each grant). Absent, {@value #MAJORITY_ONLY} or not understood: no band,
 * guardians keep what they have until the age of majority (which still ends their grants).
 *
 * @param setting the attribute as the realm has it (null when absent)
 * @param understood false when the setting could not be read (then there are no bands)
 */
public record AgeBands(List<Band> bands, String setting, boolean understood) {

    public static final String AGE_BANDS = "patientAccess.ageBands";
    public static final String MAJORITY_ONLY = "majority-only";
    public static final String ADOLESCENT_CONFIDENTIALITY = "adolescent-confidentiality";
    public static final String REVIEW_13_SUSPEND_16 = "review-13-suspend-16";
    private static final String NONE = "NONE";
    private static final String REVIEW = "REVIEW";
    private static final Logger LOG = Logger.getLogger(AgeBands.class);

    /** What a band does on its day. */
    public enum Kind {
        /** The grants keep at most the band's permissions. */
        NARROW,
        /** The grants keep nothing: suspended, still there, ended at the age of majority. */
        SUSPEND,
        /** Staff review each grant; nothing changes by itself. */
        REVIEW
    }

    /**
     * One band: from {@code age}, what the parents' and guardians' grants carry at most ({@code carries},
     * empty for SUSPEND and for REVIEW, which changes no permission).
     */
    public record Band(int age, Kind kind, Set<GrantPermission> carries) {

        public Band {
            carries = carries.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(carries));
        }

        static Band narrowing(int age, Set<GrantPermission> carries) {
            return new Band(age, carries.isEmpty() ? Kind.SUSPEND : Kind.NARROW, carries);
        }

        static Band review(int age) {
            return new Band(age, Kind.REVIEW, Set.of());
        }
    }

    /** A band on the calendar of one record: the day its age is reached. */
    public record BandDay(LocalDate day, Band band) {
    }

    /** A grant's permissions after its band day: those in force, and those withheld that may be given back. */
    public record Narrowed(Set<GrantPermission> inForce, Set<GrantPermission> withheld) {

        /** Whether the day took something. */
        public boolean tookFrom(Set<GrantPermission> before) {
            return !inForce.equals(before);
        }
    }

    public AgeBands {
        bands = List.copyOf(bands);
    }

    /** The realm's bands; an unreadable setting is warned (the realm and the attribute, never a person) and means none. */
    public static AgeBands of(RealmModel realm) {
        String setting = realm.getAttribute(AGE_BANDS);
        int majority = ComingOfAgeSettings.of(realm).ageOfMajority();
        Optional<List<Band>> bands = parse(setting, majority);
        if (bands.isEmpty()) {
            LOG.warnf("Realm %s: %s must be %s, %s, %s or bands such as \"12=BOOK; 13=REVIEW; 16=NONE\" at ages 1 to %d;"
                    + " guardians keep their access until the age of majority", realm.getId(), AGE_BANDS,
                    MAJORITY_ONLY, ADOLESCENT_CONFIDENTIALITY, REVIEW_13_SUSPEND_16, majority - 1);
        }
        return new AgeBands(bands.orElse(List.of()), setting, bands.isPresent());
    }

    /** The bands a setting names, youngest first; empty when it is not understood. */
    public static Optional<List<Band>> parse(String setting, int ageOfMajority) {
        if (setting == null || setting.isBlank()) {
            return Optional.of(List.of());
        }
        String value = setting.strip();
        switch (value.toLowerCase(Locale.ROOT)) {
            case MAJORITY_ONLY:
                return Optional.of(List.of());
            case ADOLESCENT_CONFIDENTIALITY:
                return within(List.of(Band.narrowing(12, EnumSet.of(GrantPermission.BOOK))), ageOfMajority);
            case REVIEW_13_SUSPEND_16:
                return within(List.of(Band.review(13), Band.narrowing(16, Set.of())), ageOfMajority);
            default:
                return ownBands(value, ageOfMajority);
        }
    }

    private static Optional<List<Band>> ownBands(String value, int ageOfMajority) {
        List<Band> bands = new ArrayList<>();
        for (String entry : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] sides = entry.split("=", -1);
            if (sides.length != 2) {
                return Optional.empty();
            }
            Optional<Band> band = band(sides[0].strip(), sides[1].strip().toUpperCase(Locale.ROOT));
            if (band.isEmpty() || bands.stream().anyMatch(other -> other.age() == band.get().age())) {
                return Optional.empty();
            }
            bands.add(band.get());
        }
        bands.sort(Comparator.comparingInt(Band::age));
        return bands.isEmpty() ? Optional.empty() : within(bands, ageOfMajority);
    }

    private static Optional<Band> band(String age, String what) {
        int years;
        try {
            years = Integer.parseInt(age);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (what.equals(REVIEW)) {
            return Optional.of(Band.review(years));
        }
        if (what.equals(NONE)) {
            return Optional.of(Band.narrowing(years, Set.of()));
        }
        Set<GrantPermission> carries = EnumSet.noneOf(GrantPermission.class);
        for (String name : what.split("\\+")) {
            try {
                carries.add(GrantPermission.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(Band.narrowing(years, carries));
    }

    /** Bands at or past the age of majority mean nothing (the grants end then): the setting is a slip. */
    private static Optional<List<Band>> within(List<Band> bands, int ageOfMajority) {
        return bands.stream().allMatch(band -> band.age() >= 1 && band.age() < ageOfMajority) ? Optional.of(bands) : Optional.empty();
    }

    /** The band days of a person born then, soonest first ({@link Birthdays#reached}: a leap-day child's day is 1 March). */
    public List<BandDay> days(LocalDate birthDate) {
        return bands.stream().map(band -> new BandDay(Birthdays.reached(birthDate, band.age()), band)).toList();
    }

    /**
     * What a parent's or guardian's grant on the record carries at most on {@code day}: the permissions
     * of the last band reached by then that narrows or suspends; empty when none does (no limit).
     */
    public Optional<Set<GrantPermission>> carriedOn(LocalDate birthDate, LocalDate day) {
        return days(birthDate).stream()
                .filter(bandDay -> bandDay.band().kind() != Kind.REVIEW && !bandDay.day().isAfter(day))
                .reduce((earlier, later) -> later)
                .map(bandDay -> bandDay.band().carries());
    }

    /** The band days whose work is due today: the day itself or up to the catch-up days after it. */
    public List<BandDay> dueOn(LocalDate birthDate, LocalDate today) {
        return days(birthDate).stream()
                .filter(bandDay -> !today.isBefore(bandDay.day()) && !today.isAfter(bandDay.day().plusDays(ComingOfAgeCalendar.CATCH_UP_DAYS)))
                .toList();
    }

    /** The band days whose notice is due today: in the 30 days before the day. */
    public List<BandDay> noticeDueOn(LocalDate birthDate, LocalDate today) {
        return days(birthDate).stream()
                .filter(bandDay -> !today.isBefore(bandDay.day().minusDays(ComingOfAgeCalendar.NOTICE_DAYS)) && today.isBefore(bandDay.day()))
                .toList();
    }

    /**
     * A grant on a band day that narrows or suspends: it keeps what the band carries and what the young
     * person's assent keeps; what it loses joins what was withheld before. Nothing ever widens here: the
     * permissions in force after are always a part of those before, whatever the band says.
     */
    public static Narrowed narrow(Set<GrantPermission> inForce, Set<GrantPermission> withheld, Set<GrantPermission> carried,
                                  Set<GrantPermission> keptByAssent) {
        Set<GrantPermission> kept = EnumSet.noneOf(GrantPermission.class);
        Set<GrantPermission> nowWithheld = EnumSet.noneOf(GrantPermission.class);
        nowWithheld.addAll(withheld);
        for (GrantPermission permission : inForce) {
            if (carried.contains(permission) || keptByAssent.contains(permission)) {
                kept.add(permission);
            } else {
                nowWithheld.add(permission);
            }
        }
        nowWithheld.removeAll(kept);
        return new Narrowed(Set.copyOf(kept), Set.copyOf(nowWithheld));
    }
}
