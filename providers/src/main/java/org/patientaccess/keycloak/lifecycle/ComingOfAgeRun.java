package org.patientaccess.keycloak.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.age.AgeBands;
import org.patientaccess.keycloak.age.AgeBands.BandDay;
import org.patientaccess.keycloak.age.Birthdays;
import org.patientaccess.keycloak.age.ComingOfAgeCalendar;
import org.patientaccess.keycloak.age.ComingOfAgeSettings;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.ComingOfAgeStep;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.email.ComingOfAgeMailer.AgeBandNotice;
import org.patientaccess.keycloak.email.ComingOfAgeMailer.Notice;
import org.patientaccess.keycloak.email.ComingOfAgeMailer;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.store.ComingOfAgeStore;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * One realm's coming-of-age work for today: the notices due, the guardians' grants due to end, the
 * own-account notices due, the realm's age bands (their notices, the grants they narrow or
 * suspend, the reviews they ask for), and the young people's assents expired. Each record is done in
 * its own transaction, and each step is claimed in the database before it acts, so that a second run
 * (the same day, or another node) does nothing twice and one record's failure leaves the others done.
 */
public final class ComingOfAgeRun {

    /** The grants of the people responsible for a minor: these end when the record comes of age. */
    public static final Set<Relationship> GUARDIANS = EnumSet.of(Relationship.PARENT, Relationship.GUARDIAN);
    private static final int PAGE = 200;
    private static final Logger LOG = Logger.getLogger(ComingOfAgeRun.class);

    /** What a run did. */
    public record Summary(int recordsChecked, int noticesSent, int grantsEnded, int recordsKeptByContinuedGuardianship,
                          int grantsNarrowed, int assentsEnded, int reviewsOpened) {

        Summary plus(Summary other) {
            return new Summary(recordsChecked + other.recordsChecked, noticesSent + other.noticesSent,
                    grantsEnded + other.grantsEnded, recordsKeptByContinuedGuardianship + other.recordsKeptByContinuedGuardianship,
                    grantsNarrowed + other.grantsNarrowed, assentsEnded + other.assentsEnded, reviewsOpened + other.reviewsOpened);
        }
    }

    private static final Summary NOTHING = new Summary(0, 0, 0, 0, 0, 0, 0);

    private ComingOfAgeRun() {
    }

    /** Runs the realm's work for the day it is now in the realm's time zone (Keycloak's time, so a test's offset counts). */
    public static Summary run(KeycloakSessionFactory factory, String realmId) {
        List<String> due = KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> dueRecords(session, realmId));
        Summary summary = NOTHING;
        for (String patientId : due) {
            try {
                summary = summary.plus(KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> runRecord(session, realmId, patientId)));
            } catch (RuntimeException e) {
                // Another run claimed the same step at the same moment, or the record failed: the next run sees it again.
                LOG.warnf("Coming of age: record %s of realm %s not done this run (%s)", patientId, realmId, e.getClass().getSimpleName());
            }
        }
        // After the band days: an assent that expired today ends with what the band of today withholds.
        return summary.plus(new Summary(0, 0, 0, 0, 0, Assents.endExpired(factory, realmId), 0));
    }

    private static List<String> dueRecords(KeycloakSession session, String realmId) {
        RealmModel realm = session.realms().getRealm(realmId);
        ComingOfAgeCalendar calendar = new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
        LocalDate today = calendar.today(KeycloakClock.UTC.instant());
        Set<String> due = new LinkedHashSet<>(bornBetween(session, realm,
                calendar.birthDatesDueOn(today, calendar.settings().ageOfMajority(), ComingOfAgeCalendar.NOTICE_DAYS)));
        calendar.settings().ownAccessAge().ifPresent(age -> due.addAll(bornBetween(session, realm, calendar.birthDatesDueOn(today, age, 0))));
        AgeBands.of(realm).bands().forEach(band ->
                due.addAll(bornBetween(session, realm, calendar.birthDatesDueOn(today, band.age(), ComingOfAgeCalendar.NOTICE_DAYS))));
        return List.copyOf(due);
    }

    private static List<String> bornBetween(KeycloakSession session, RealmModel realm, Birthdays.BirthDates range) {
        ComingOfAgeStore store = session.getProvider(PatientAccessStore.class).comingOfAge();
        List<String> ids = new ArrayList<>();
        if (range.isEmpty()) {
            return ids;
        }
        List<String> page;
        do {
            page = store.findActiveBornBetween(realm, range.earliest(), range.latest(), ids.size(), PAGE);
            ids.addAll(page);
        } while (page.size() == PAGE);
        return ids;
    }

    private static Summary runRecord(KeycloakSession session, String realmId, String patientId) {
        RealmModel realm = session.realms().getRealm(realmId);
        // The realm's email theme and languages: a session of the timer has no realm of its own.
        session.getContext().setRealm(realm);
        return new ComingOfAgeRecord(session, realm, patientId).run();
    }

    /** The steps of one record, in one transaction. */
    private static final class ComingOfAgeRecord {

        private final KeycloakSession session;
        private final RealmModel realm;
        private final ComingOfAgeStore store;
        private final AccessGrantStore grants;
        private final ComingOfAgeCalendar calendar;
        private final PatientRecord record;
        private final LocalDate today;
        private final AgeBands bands;

        ComingOfAgeRecord(KeycloakSession session, RealmModel realm, String patientId) {
            this.session = session;
            this.realm = realm;
            this.store = session.getProvider(PatientAccessStore.class).comingOfAge();
            this.grants = session.getProvider(PatientAccessStore.class).grants();
            this.calendar = new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
            this.record = session.getProvider(PatientAccessStore.class).records().findById(realm, patientId).orElseThrow();
            this.today = calendar.today(KeycloakClock.UTC.instant());
            this.bands = AgeBands.of(realm);
        }

        Summary run() {
            LocalDate birthDate = record.details().birthDate();
            boolean continued = store.findContinuedGuardianship(realm, record.id()).isPresent();
            int notices = 0;
            int ended = 0;
            LocalDate day = calendar.comesOfAgeOn(birthDate);
            if (!continued && calendar.isNoticeDue(birthDate, today)) {
                notices += comingOfAgeNotice(day);
            }
            if (!continued && calendar.isEndOfGuardianshipDue(birthDate, today)) {
                ended += endGuardianGrants(day);
            }
            Optional<LocalDate> ownAccessDay = calendar.ownAccessFrom(birthDate);
            if (ownAccessDay.isPresent() && calendar.isOwnAccessNoticeDue(birthDate, today)) {
                notices += ownAccountNotice(ownAccessDay.get());
            }
            int narrowed = 0;
            int reviews = 0;
            // Continued guardianship overrides the bands as it does the age of majority: nothing is told, nothing taken.
            if (!continued) {
                for (BandDay bandDay : bands.noticeDueOn(birthDate, today)) {
                    notices += ageBandNotice(bandDay);
                }
                for (BandDay bandDay : bands.dueOn(birthDate, today)) {
                    if (bandDay.band().kind() == AgeBands.Kind.REVIEW) {
                        reviews += askForReviews(bandDay);
                    } else {
                        narrowed += narrowGuardianGrants(bandDay);
                    }
                }
            }
            boolean kept = continued && calendar.isEndOfGuardianshipDue(birthDate, today) && !guardianGrantsBefore(day).isEmpty();
            return new Summary(1, notices, ended, kept ? 1 : 0, narrowed, 0, reviews);
        }

        /**
         * 30 days before a band day: each guardian whose grant the day touches (for a review, every
         * guardian's grant) and the young person's own account, each in their language, once.
         */
        private int ageBandNotice(BandDay bandDay) {
            List<AccessGrant> touched = bandDay.band().kind() == AgeBands.Kind.REVIEW
                    ? activeGuardianGrants()
                    : activeGuardianGrants().stream().filter(grant -> narrowed(grant, bandDay).tookFrom(grant.permissions())).toList();
            if (touched.isEmpty() || !store.claim(realm, record.id(), ComingOfAgeStep.AGE_BAND_NOTICE, bandDay.day())) {
                return 0;
            }
            Optional<UserModel> self = grants.findActiveSelf(realm, record.id()).map(grant -> session.users().getUserById(realm, grant.userId()));
            ComingOfAgeMailer mailer = new ComingOfAgeMailer(session, realm);
            AgeBandNotice what = new AgeBandNotice(bandDay.band().age(), bandDay.band().kind(), bandDay.band().carries(),
                    self.isPresent() && calendar.settings().ownAccessAge().isPresent());
            int sent = (int) holders(touched).stream()
                    .filter(guardian -> mailer.send(Notice.GUARDIAN_AGE_BAND, guardian, record, bandDay.day(), what))
                    .count();
            if (self.isPresent() && mailer.send(Notice.SELF_AGE_BAND, self.get(), record, bandDay.day(), what)) {
                sent++;
            }
            noticeEvent(ComingOfAgeStep.AGE_BAND_NOTICE, sent);
            return sent;
        }

        /**
         * On a band day that narrows or suspends: each guardian's grant keeps what the band and an assent
         * allow. The day's work is done once, at the first run on the day or up to the catch-up days
         * late, claimed even without a guardian: from then on, a grant staff give or change is their
         * decision and stays as they made it.
         */
        private int narrowGuardianGrants(BandDay bandDay) {
            if (!store.claim(realm, record.id(), ComingOfAgeStep.AGE_BAND, bandDay.day())) {
                return 0;
            }
            List<AccessGrant> guardians = activeGuardianGrants();
            AccessGrants rules = new AccessGrants(session, realm);
            SystemAdminEvents events = new SystemAdminEvents(session, realm);
            int narrowedCount = 0;
            for (AccessGrant grant : guardians) {
                AgeBands.Narrowed narrowed = narrowed(grant, bandDay);
                if (!narrowed.tookFrom(grant.permissions()) || rules.narrowByAgeBand(grant, narrowed).isEmpty()) {
                    continue;
                }
                Map<String, String> details = new LinkedHashMap<>();
                details.put(PatientEvents.USER_ID, grant.userId());
                details.put(PatientEvents.RELATIONSHIP, grant.relationship().name());
                details.put(PatientEvents.REASON, PatientEvents.AGE_BAND);
                details.put(PatientEvents.PERMISSIONS_BEFORE, PatientEvents.permissions(grant.permissions()));
                details.put(PatientEvents.PERMISSIONS_AFTER, PatientEvents.permissions(narrowed.inForce()));
                events.write(PatientEvents.ACCESS_GRANT_TYPE, OperationType.UPDATE, PatientEvents.path(record.id(), "accounts", grant.id()), details);
                narrowedCount++;
            }
            return narrowedCount;
        }

        private AgeBands.Narrowed narrowed(AccessGrant grant, BandDay bandDay) {
            return AgeBands.narrow(grant.permissions(), grant.withheld(), bandDay.band().carries(), permissionsKeptByAssent(grant, bandDay.day()));
        }

        /** What the young person's assent in force on this grant on the band day keeps through it. */
        private Set<GrantPermission> permissionsKeptByAssent(AccessGrant grant, LocalDate day) {
            return new Assents(session, realm).keptOn(grant, day);
        }

        /**
         * On a band day of review: staff are asked to review each guardian's grant, one review per grant.
         */
        private int askForReviews(BandDay bandDay) {
            List<AccessGrant> guardians = activeGuardianGrants();
            if (guardians.isEmpty() || !store.claim(realm, record.id(), ComingOfAgeStep.AGE_BAND_REVIEW, bandDay.day())) {
                return 0;
            }
            return new GrantReviews(session, realm).open(record, guardians, bandDay.day()).size();
        }

        private int comingOfAgeNotice(LocalDate day) {
            List<UserModel> guardians = holders(guardianGrantsBefore(day));
            Optional<UserModel> self = grants.findActiveSelf(realm, record.id()).map(grant -> session.users().getUserById(realm, grant.userId()));
            if ((guardians.isEmpty() && self.isEmpty()) || !store.claim(realm, record.id(), ComingOfAgeStep.NOTICE, day)) {
                return 0;
            }
            ComingOfAgeMailer mailer = new ComingOfAgeMailer(session, realm);
            int sent = (int) guardians.stream().filter(guardian -> mailer.send(Notice.GUARDIAN_COMING_OF_AGE, guardian, record, day)).count();
            if (self.isPresent() && mailer.send(Notice.SELF_COMING_OF_AGE, self.get(), record, day)) {
                sent++;
            }
            noticeEvent(ComingOfAgeStep.NOTICE, sent);
            return sent;
        }

        private int ownAccountNotice(LocalDate day) {
            List<UserModel> guardians = holders(guardianGrantsBefore(calendar.comesOfAgeOn(record.details().birthDate())));
            if (guardians.isEmpty() || !store.claim(realm, record.id(), ComingOfAgeStep.OWN_ACCESS, day)) {
                return 0;
            }
            ComingOfAgeMailer mailer = new ComingOfAgeMailer(session, realm);
            int sent = (int) guardians.stream().filter(guardian -> mailer.send(Notice.GUARDIAN_OWN_ACCOUNT, guardian, record, day)).count();
            noticeEvent(ComingOfAgeStep.OWN_ACCESS, sent);
            return sent;
        }

        private int endGuardianGrants(LocalDate day) {
            List<AccessGrant> ending = guardianGrantsBefore(day);
            if (ending.isEmpty() || !store.claim(realm, record.id(), ComingOfAgeStep.GRANTS_ENDED, day)) {
                return 0;
            }
            AccessGrants rules = new AccessGrants(session, realm);
            SystemAdminEvents events = new SystemAdminEvents(session, realm);
            for (AccessGrant grant : ending) {
                rules.endOnComingOfAge(grant);
                Map<String, String> details = new LinkedHashMap<>();
                details.put(PatientEvents.USER_ID, grant.userId());
                details.put(PatientEvents.RELATIONSHIP, grant.relationship().name());
                details.put(PatientEvents.REASON, PatientEvents.CAME_OF_AGE);
                events.write(PatientEvents.ACCESS_GRANT_TYPE, OperationType.DELETE, PatientEvents.path(record.id(), "accounts", grant.id()), details);
            }
            return ending.size();
        }

        /**
         * The active parents' and guardians' grants made before the day: a grant staff give once the
         * person is of age is a choice made for an adult, not a minor's guardianship, and stays.
         */
        private List<AccessGrant> guardianGrantsBefore(LocalDate day) {
            Instant start = calendar.startOf(day);
            Instant now = KeycloakClock.UTC.instant();
            return grants.findByPatient(realm, record.id(), false).stream()
                    .filter(grant -> GUARDIANS.contains(grant.relationship()) && grant.isActiveAt(now) && grant.createdAt().isBefore(start))
                    .toList();
        }

        /**
         * The active parents' and guardians' grants, which a band day touches. Unlike the age of majority
         * (a grant given to an adult is their own choice), a grant given to a minor's guardian on the
         * band day, before its work is done, falls under the band like one given the day before.
         */
        private List<AccessGrant> activeGuardianGrants() {
            Instant now = KeycloakClock.UTC.instant();
            return grants.findByPatient(realm, record.id(), false).stream()
                    .filter(grant -> GUARDIANS.contains(grant.relationship()) && grant.isActiveAt(now))
                    .toList();
        }

        private List<UserModel> holders(List<AccessGrant> held) {
            return held.stream().map(grant -> session.users().getUserById(realm, grant.userId())).filter(user -> user != null).toList();
        }

        private void noticeEvent(ComingOfAgeStep step, int recipients) {
            new SystemAdminEvents(session, realm).write(PatientEvents.COMING_OF_AGE_TYPE, OperationType.ACTION,
                    PatientEvents.path(record.id(), "coming-of-age"),
                    Map.of(PatientEvents.STEP, step.name(), PatientEvents.RECIPIENTS, Integer.toString(recipients)));
        }
    }
}
