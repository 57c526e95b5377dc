package org.patientaccess.keycloak.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.age.AgeBands;
import org.patientaccess.keycloak.age.Birthdays;
import org.patientaccess.keycloak.age.ComingOfAgeCalendar;
import org.patientaccess.keycloak.age.ComingOfAgeSettings;
import org.patientaccess.keycloak.core.ComingOfAgeStep;
import org.patientaccess.keycloak.core.ContinuedGuardianship;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.store.ComingOfAgeStore;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientRecordStore;

/** What staff see of coming of age: one record's transition, and the records whose transition is near. */
public final class ComingOfAgeOverview {

    public static final int MAX_DAYS = 366;
    private static final int PAGE = 200;

    /** Which transition a list is about. */
    public enum Kind {
        /** The age of majority: the guardians' grants end. */
        MAJORITY,
        /** The realm's own-account age: the young person may have their own account. */
        OWN_ACCOUNT,
        /** The realm's age bands: the guardians' grants narrow, are suspended, or are reviewed. */
        AGE_BAND
    }

    /**
     * One record's coming of age.
     *
     * @param comesOfAgeOn empty without a birth date
     * @param guardianGrantsEnding the active parents' and guardians' grants that end on the day (0 once it passed)
     */
    public record Status(Optional<LocalDate> comesOfAgeOn, Optional<LocalDate> ownAccountFrom, boolean minor,
                         int guardianGrantsEnding, Optional<ContinuedGuardianship> continuedGuardianship,
                         Optional<Instant> noticeSentAt, Optional<Instant> grantsEndedAt) {
    }

    /**
     * A record whose transition falls in the days asked for.
     *
     * @param band for an age band's day: the band, and when its notice went out and its day's work was done
     */
    public record Upcoming(PatientRecord patient, LocalDate day, Status status, Optional<BandStatus> band) {
    }

    /** An age band's day of one record: what it does, when its notice was sent and when its work was done. */
    public record BandStatus(AgeBands.Band band, Optional<Instant> noticeSentAt, Optional<Instant> doneAt) {
    }

    public record Page(List<Upcoming> entries, long total) {
    }

    private final RealmModel realm;
    private final ComingOfAgeStore store;
    private final AccessGrantStore grants;
    private final PatientRecordStore patients;
    private final ComingOfAgeCalendar calendar;
    private final AgeBands bands;

    public ComingOfAgeOverview(KeycloakSession session, RealmModel realm) {
        this.realm = realm;
        this.store = session.getProvider(PatientAccessStore.class).comingOfAge();
        this.grants = session.getProvider(PatientAccessStore.class).grants();
        this.patients = session.getProvider(PatientAccessStore.class).records();
        this.calendar = new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
        this.bands = AgeBands.of(realm);
    }

    public ComingOfAgeSettings settings() {
        return calendar.settings();
    }

    /** The realm's age bands, or that its setting is not understood. */
    public AgeBands ageBands() {
        return bands;
    }

    public Status status(PatientRecord record) {
        return status(record, store.findContinuedGuardianship(realm, record.id()));
    }

    /**
     * The active records whose transition of this kind falls from today to {@code days} days ahead,
     * the soonest first. Throws {@link InvalidInputException} naming the parameter for days out of
     * 0..366, and for the own-account kind where the realm sets no such age.
     */
    public Page upcoming(Kind kind, int days, int first, int max) {
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "days must be between 0 and " + MAX_DAYS);
        }
        LocalDate today = calendar.today(KeycloakClock.UTC.instant());
        int years = switch (kind) {
            case MAJORITY -> calendar.settings().ageOfMajority();
            case OWN_ACCOUNT -> calendar.settings().ownAccessAge().orElseThrow(() -> new InvalidInputException("kind",
                    "this clinic sets no own-account age (realm attribute " + ComingOfAgeSettings.OWN_ACCESS_AGE + ")"));
            case AGE_BAND -> {
                if (bands.bands().isEmpty()) {
                    throw new InvalidInputException("kind", "this clinic sets no age bands (realm attribute " + AgeBands.AGE_BANDS + ")");
                }
                yield 0;
            }
        };
        if (kind == Kind.AGE_BAND) {
            return upcomingBandDays(today, days, first, max);
        }
        Birthdays.BirthDates range = Birthdays.reachingBetween(today, today.plusDays(days), years);
        if (range.isEmpty()) {
            return new Page(List.of(), 0);
        }
        List<String> ids = store.findActiveBornBetween(realm, range.earliest(), range.latest(), first, max);
        Map<String, PatientRecord> records = patients.findByIds(realm, ids);
        Map<String, ContinuedGuardianship> marks = store.findContinuedGuardianships(realm, ids);
        List<Upcoming> entries = ids.stream()
                .map(records::get)
                .map(record -> new Upcoming(record, Birthdays.reached(record.details().birthDate(), years),
                        status(record, Optional.ofNullable(marks.get(record.id()))), Optional.empty()))
                .toList();
        return new Page(entries, store.countActiveBornBetween(realm, range.earliest(), range.latest()));
    }

    /**
     * The band days from today to {@code days} ahead, the soonest first. A record may have two (bands
     * a year apart in a year's list), so the days are listed, not the records: all of them are read,
     * as few as a clinic's children turning a band's age within a year.
     */
    private Page upcomingBandDays(LocalDate today, int days, int first, int max) {
        LocalDate last = today.plusDays(days);
        List<String> ids = bands.bands().stream()
                .map(band -> Birthdays.reachingBetween(today, last, band.age()))
                .filter(range -> !range.isEmpty())
                .flatMap(range -> allBornBetween(range).stream())
                .distinct()
                .toList();
        Map<String, PatientRecord> records = patients.findByIds(realm, ids);
        List<Map.Entry<PatientRecord, AgeBands.BandDay>> found = records.values().stream()
                .flatMap(record -> bands.days(record.details().birthDate()).stream()
                        .filter(bandDay -> !bandDay.day().isBefore(today) && !bandDay.day().isAfter(last))
                        .map(bandDay -> Map.entry(record, bandDay)))
                .sorted(Comparator.comparing((Map.Entry<PatientRecord, AgeBands.BandDay> entry) -> entry.getValue().day())
                        .thenComparing(entry -> entry.getKey().id()))
                .toList();
        List<Map.Entry<PatientRecord, AgeBands.BandDay>> shown = found.stream().skip(first).limit(max).toList();
        Map<String, ContinuedGuardianship> marks = store.findContinuedGuardianships(realm, shown.stream().map(entry -> entry.getKey().id()).toList());
        List<Upcoming> entries = shown.stream().map(entry -> {
            PatientRecord record = entry.getKey();
            AgeBands.BandDay bandDay = entry.getValue();
            ComingOfAgeStep step = bandDay.band().kind() == AgeBands.Kind.REVIEW ? ComingOfAgeStep.AGE_BAND_REVIEW : ComingOfAgeStep.AGE_BAND;
            return new Upcoming(record, bandDay.day(), status(record, Optional.ofNullable(marks.get(record.id()))),
                    Optional.of(new BandStatus(bandDay.band(), store.doneAt(realm, record.id(), ComingOfAgeStep.AGE_BAND_NOTICE, bandDay.day()),
                            store.doneAt(realm, record.id(), step, bandDay.day()))));
        }).toList();
        return new Page(entries, found.size());
    }

    private List<String> allBornBetween(Birthdays.BirthDates range) {
        List<String> ids = new ArrayList<>();
        List<String> page;
        do {
            page = store.findActiveBornBetween(realm, range.earliest(), range.latest(), ids.size(), PAGE);
            ids.addAll(page);
        } while (page.size() == PAGE);
        return ids;
    }

    private Status status(PatientRecord record, Optional<ContinuedGuardianship> mark) {
        LocalDate birthDate = record.details().birthDate();
        if (birthDate == null) {
            return new Status(Optional.empty(), Optional.empty(), false, 0, mark, Optional.empty(), Optional.empty());
        }
        Instant now = KeycloakClock.UTC.instant();
        LocalDate day = calendar.comesOfAgeOn(birthDate);
        boolean minor = calendar.isMinor(birthDate, calendar.today(now));
        // While the record is a minor, every active parent's or guardian's grant was made before the day: all end on it.
        long ending = minor
                ? grants.findByPatient(realm, record.id(), false).stream()
                        .filter(grant -> ComingOfAgeRun.GUARDIANS.contains(grant.relationship()) && grant.isActiveAt(now))
                        .count()
                : 0;
        return new Status(Optional.of(day), calendar.ownAccessFrom(birthDate), minor, (int) ending, mark,
                store.doneAt(realm, record.id(), ComingOfAgeStep.NOTICE, day),
                store.doneAt(realm, record.id(), ComingOfAgeStep.GRANTS_ENDED, day));
    }
}
