package org.patientaccess.keycloak.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.age.ComingOfAgeCalendar;
import org.patientaccess.keycloak.age.ComingOfAgeSettings;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.ConflictException;
import org.patientaccess.keycloak.core.GrantReview;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.ReviewDecision;
import org.patientaccess.keycloak.core.UnknownIdException;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.store.GrantReviewStore;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientRecordStore;

/**
 * Staff's review of parents' and guardians' grants (the age band REVIEW, "review at 13"): the daily
 * run opens one per affected grant on the band day, due {@link #DUE_DAYS} days later; staff keep the
 * grant or end it. A review whose grant ended meanwhile (by staff, the holder, the patient, a lapse,
 * the coming of age, an account's deletion) or whose record is no longer active leaves the queue by
 * itself: nothing is left to decide, and the record's list shows it as no longer needed. Staff
 * changing the grant on User accounts decide it too ({@link ReviewDecision#GRANT_CHANGED}).
 */
public final class GrantReviews {

    /** Days from the band day to the day a review is due. */
    public static final int DUE_DAYS = 30;

    /** Where a review stands, as staff read it. */
    public enum State {
        /** Waiting for staff. */
        OPEN,
        /** Staff decided (KEEP, END, or by changing the grant). */
        DECIDED,
        /** Never decided, and nothing is left to decide: the grant ended, or the record is no longer active. */
        NO_LONGER_NEEDED
    }

    /** A review with its grant and the record the grant is on now. */
    public record Entry(GrantReview review, AccessGrant grant, PatientRecord patient, State state, boolean overdue) {
    }

    public record Page(List<Entry> entries, long total, LocalDate today) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final GrantReviewStore reviews;
    private final AccessGrantStore grants;
    private final PatientRecordStore patients;
    private final ComingOfAgeCalendar calendar;

    public GrantReviews(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        PatientAccessStore store = session.getProvider(PatientAccessStore.class);
        this.reviews = store.grantReviews();
        this.grants = store.grants();
        this.patients = store.records();
        this.calendar = new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
    }

    /**
     * On a REVIEW band day: opens a review of each active parent's or guardian's grant given, due
     * {@link #DUE_DAYS} days after the day, each a History entry of the record by nobody. A grant that
     * has a review for this day already gets no second one. The caller chose the grants (made before
     * the day, the record not kept under continued guardianship). Answers the reviews opened.
     */
    public List<GrantReview> open(PatientRecord record, List<AccessGrant> affected, LocalDate bandDay) {
        Instant now = KeycloakClock.UTC.instant();
        SystemAdminEvents events = new SystemAdminEvents(session, realm);
        List<GrantReview> opened = new ArrayList<>();
        for (AccessGrant grant : affected) {
            if (!ComingOfAgeRun.GUARDIANS.contains(grant.relationship()) || !grant.isActiveAt(now) || !grant.patientId().equals(record.id())) {
                continue;
            }
            reviews.open(realm, grant.id(), record.id(), bandDay, bandDay.plusDays(DUE_DAYS)).ifPresent(review -> {
                opened.add(review);
                events.write(PatientEvents.GRANT_REVIEW_TYPE, OperationType.CREATE, PatientEvents.path(record.id(), "grant-reviews", review.id()),
                        Map.of(PatientEvents.REVIEWED_GRANT_ID, grant.id(), PatientEvents.USER_ID, grant.userId(),
                                PatientEvents.RELATIONSHIP, grant.relationship().name()));
            });
        }
        return opened;
    }

    /** The queue: the open reviews, the soonest due first; only the overdue ones when asked. */
    public Page queue(boolean overdueOnly, int first, int max) {
        Instant now = KeycloakClock.UTC.instant();
        LocalDate today = calendar.today(now);
        LocalDate dueBefore = overdueOnly ? today : null;
        List<GrantReview> open = reviews.findOpen(realm, now, dueBefore, first, max);
        return new Page(entries(open, now, today), reviews.countOpen(realm, now, dueBefore), today);
    }

    /** Today in the realm's time zone: a review due before it is overdue. */
    public LocalDate today() {
        return calendar.today(KeycloakClock.UTC.instant());
    }

    /** Every review of the grants on a record, whatever its state, the latest band day first. */
    public List<Entry> ofPatient(PatientRecord record) {
        Instant now = KeycloakClock.UTC.instant();
        return entries(reviews.findByPatient(realm, record.id()), now, calendar.today(now));
    }

    /** A review of this realm; any other id answers as unknown. */
    public Entry get(String reviewId) {
        Instant now = KeycloakClock.UTC.instant();
        GrantReview review = find(reviewId);
        return entries(List.of(review), now, calendar.today(now)).get(0);
    }

    /**
     * Staff decide an open review: KEEP records it, END ends the grant as staff ending it on User
     * accounts does (the patient's own account is told). Keycloak's permission to manage the grant's
     * account is needed for either. Answers the review as decided, and the grant ended by END.
     */
    public Decided decide(String reviewId, String decision, Actor actor) {
        ReviewDecision chosen = parse(decision);
        GrantReview review = find(reviewId);
        AccessGrant grant = grants.findById(realm, review.grantId()).orElseThrow(() -> new UnknownIdException("Grant review not found"));
        actor.requireMayChangeAccessOf(session, realm, List.of(grant.userId()));
        Entry entry = get(reviewId);
        switch (entry.state()) {
            case DECIDED -> throw new ConflictException("the review was decided already");
            case NO_LONGER_NEEDED -> throw new ConflictException("the grant has ended or the record is no longer active; nothing is left to decide");
            case OPEN -> {
            }
        }
        GrantReview decided = reviews.decide(realm, reviewId, chosen, actor.userId())
                .orElseThrow(() -> new ConflictException("the review was decided already"));
        Optional<AccessGrant> ended = chosen == ReviewDecision.END
                ? new AccessGrants(session, realm).endByStaff(entry.patient(), grant.id(), actor)
                : Optional.empty();
        AccessGrant now = ended.orElse(grant);
        return new Decided(new Entry(decided, now, entry.patient(), State.DECIDED, false), ended);
    }

    /** A review staff decided, and the grant its END ended. */
    public record Decided(Entry entry, Optional<AccessGrant> ended) {
    }

    private static ReviewDecision parse(String decision) {
        if (decision == null || decision.isBlank()) {
            throw new InvalidInputException("decision", "decision is required: KEEP or END");
        }
        return switch (decision.strip().toUpperCase(Locale.ROOT)) {
            case "KEEP" -> ReviewDecision.KEEP;
            case "END" -> ReviewDecision.END;
            default -> throw new InvalidInputException("decision", "decision must be KEEP or END");
        };
    }

    private GrantReview find(String reviewId) {
        return reviews.findById(realm, reviewId).orElseThrow(() -> new UnknownIdException("Grant review not found"));
    }

    private List<Entry> entries(List<GrantReview> found, Instant now, LocalDate today) {
        List<AccessGrant> reviewed = found.stream().map(review -> grants.findById(realm, review.grantId()).orElseThrow()).toList();
        Map<String, PatientRecord> records = patients.findByIds(realm, reviewed.stream().map(AccessGrant::patientId).distinct().toList());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            GrantReview review = found.get(i);
            AccessGrant grant = reviewed.get(i);
            PatientRecord patient = records.get(grant.patientId());
            State state = !review.isOpen() ? State.DECIDED
                    : grant.isActiveAt(now) && patient.status() == PatientStatus.ACTIVE ? State.OPEN
                    : State.NO_LONGER_NEEDED;
            entries.add(new Entry(review, grant, patient, state, state == State.OPEN && review.dueOn().isBefore(today)));
        }
        return entries;
    }
}
