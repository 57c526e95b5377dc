package org.patientaccess.keycloak.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.age.AgeBands;
import org.patientaccess.keycloak.age.ComingOfAgeCalendar;
import org.patientaccess.keycloak.age.ComingOfAgeSettings;
import org.patientaccess.keycloak.age.OwnAccountAge;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.AccessiblePatient;
import org.patientaccess.keycloak.core.ConflictException;
import org.patientaccess.keycloak.core.GrantInput;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.NewAccessGrant;
import org.patientaccess.keycloak.core.NotPermittedException;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.core.ReviewDecision;
import org.patientaccess.keycloak.core.UnknownIdException;
import org.patientaccess.keycloak.email.AccessChangeNotifier;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.store.ComingOfAgeStore;
import org.patientaccess.keycloak.store.GrantReviewStore;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientRecordStore;
import org.patientaccess.keycloak.validation.AccessGrantValidator;

/**
 * Who may give, change and end which grant, and what follows, whichever door asks: staff on a
 * patient's "User accounts" (Keycloak's admin permissions for the account, checked here), the person
 * on their own grants and their own record, the clinic's rules as a record comes of age. Every grant
 * given or ended here is told to the patient's own account.
 */
public final class AccessGrants {

    /** The grants a minor may not end on their own record: those of the people responsible for them. */
    private static final Set<Relationship> RESPONSIBLE_FOR_A_MINOR = EnumSet.of(Relationship.PARENT, Relationship.GUARDIAN);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AccessGrantStore grants;
    private final PatientRecordStore patients;
    private final ComingOfAgeStore comingOfAge;
    private final GrantReviewStore grantReviews;
    private final Clock clock = KeycloakClock.UTC;

    public AccessGrants(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        PatientAccessStore store = session.getProvider(PatientAccessStore.class);
        this.grants = store.grants();
        this.patients = store.records();
        this.comingOfAge = store.comingOfAge();
        this.grantReviews = store.grantReviews();
    }

    /** A patient's grants, newest first; ended ones (revoked or lapsed) only when asked. */
    public List<AccessGrant> ofPatient(PatientRecord patient, boolean includeEnded) {
        return grants.findByPatient(realm, patient.id(), includeEnded);
    }

    /**
     * The active records the account may act for, its own first, for tokens on every login, refresh,
     * userinfo and introspection: read from beside the account in Keycloak's user cache when it is there.
     */
    public List<AccessiblePatient> accessiblePatients(UserModel account) {
        return grants.findAccessiblePatients(realm, account);
    }

    /** A grant of this patient; any other id answers as unknown. */
    public AccessGrant ofPatient(PatientRecord patient, String grantId) {
        return grants.findById(realm, grantId)
                .filter(grant -> grant.patientId().equals(patient.id()))
                .orElseThrow(() -> new UnknownIdException("Access grant not found"));
    }

    /**
     * Staff give an existing account, named by {@code userId} or by its {@code email}, access to an
     * active patient; the patient's own account is told.
     */
    public AccessGrant give(PatientRecord patient, String userId, String email, GrantInput input, Actor actor) {
        AccessGrantValidator.Terms terms = terms(patient, input);
        UserModel account = account(userId, email);
        actor.requireMayChangeAccessOf(session, realm, List.of(account.getId()));
        patient.requireActive();
        AccessGrant grant = grants.create(realm, new NewAccessGrant(account.getId(), patient.id(), terms.relationship(),
                terms.permissions(), GrantOrigin.ADMIN, terms.validUntil(), actor.userId(), terms.legalBasis()));
        new AccessChangeNotifier(session, realm).granted(patient, grant);
        return grant;
    }

    /**
     * Staff change a grant's relationship, permissions, end and legal basis (all as sent: one left out
     * is cleared); the account of a grant never changes.
     */
    public AccessGrant change(PatientRecord patient, String grantId, String userId, String email, GrantInput input, Actor actor) {
        AccessGrant existing = ofPatient(patient, grantId);
        actor.requireMayChangeAccessOf(session, realm, List.of(existing.userId()));
        if ((userId != null && !userId.equals(existing.userId())) || email != null) {
            throw new InvalidInputException("userId", "the account of a grant cannot change; end it and create another");
        }
        AccessGrantValidator.Terms terms = terms(patient, input);
        AccessGrant changed = grants.update(realm, grantId, terms.relationship(), terms.permissions(), terms.validUntil(), terms.legalBasis())
                .orElseThrow(() -> new ConflictException("the grant has ended; create a new one"));
        // Staff deciding the grant's terms decide its open review (review at 13) too: nothing is left to review.
        grantReviews.decideOpenOfGrant(realm, grantId, ReviewDecision.GRANT_CHANGED, actor.userId());
        return changed;
    }

    /** Staff end a grant; the patient's own account is told. Empty when it had ended already. */
    public Optional<AccessGrant> endByStaff(PatientRecord patient, String grantId, Actor actor) {
        AccessGrant existing = ofPatient(patient, grantId);
        actor.requireMayChangeAccessOf(session, realm, List.of(existing.userId()));
        return existing.revokedAt() == null ? Optional.of(end(existing, actor.userId())) : Optional.empty();
    }

    /** The grants the person holds on active records, with those records, in the order they were given. */
    public List<Held> heldBy(UserModel person) {
        List<AccessGrant> held = grants.findActiveByUser(realm, person.getId());
        Map<String, PatientRecord> records = patients.findByIds(realm, held.stream().map(AccessGrant::patientId).toList());
        return held.stream()
                .filter(grant -> records.containsKey(grant.patientId()) && records.get(grant.patientId()).status() == PatientStatus.ACTIVE)
                .map(grant -> new Held(grant, records.get(grant.patientId())))
                .toList();
    }

    /** A grant and the record it gives access to. */
    public record Held(AccessGrant grant, PatientRecord patient) {
    }

    /** An active grant the person holds; any other id answers as unknown. */
    public AccessGrant heldBy(UserModel holder, String grantId) {
        return grants.findById(realm, grantId)
                .filter(grant -> grant.userId().equals(holder.getId()) && grant.isActiveAt(clock.instant()))
                .orElseThrow(() -> new UnknownIdException("No active grant of yours with this id"));
    }

    /** The holder gives up a grant: they no longer act for that patient. */
    public AccessGrant leave(UserModel holder, String grantId) {
        return end(heldBy(holder, grantId), holder.getId());
    }

    /** Other accounts' active grants on the person's own (SELF) records. */
    public List<AccessGrant> actingFor(UserModel person) {
        return ownRecordIds(person).stream()
                .flatMap(patientId -> grants.findByPatient(realm, patientId, false).stream())
                .filter(grant -> !grant.userId().equals(person.getId()))
                .toList();
    }

    /**
     * The patient ends another account's access to their own record. A minor cannot end a parent's or
     * a guardian's: staff can, and the grant may carry an end date for the coming of age.
     */
    public AccessGrant revokeOnOwnRecord(UserModel patient, String grantId) {
        AccessGrant grant = actingFor(patient).stream()
                .filter(candidate -> candidate.id().equals(grantId))
                .findFirst()
                .orElseThrow(() -> new UnknownIdException("No active grant with this id on your own record"));
        if (!mayRevokeOnOwnRecord(grant)) {
            throw new NotPermittedException("under the age of majority, a parent's or guardian's access can only be ended by the clinic");
        }
        return end(grant, patient.getId());
    }

    /** Whether the patient may end this grant on their own record (see {@link #revokeOnOwnRecord}). */
    public boolean mayRevokeOnOwnRecord(AccessGrant grant) {
        if (!RESPONSIBLE_FOR_A_MINOR.contains(grant.relationship())) {
            return true;
        }
        PatientRecord record = patients.findById(realm, grant.patientId()).orElseThrow();
        ComingOfAgeCalendar calendar = new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
        return !calendar.isMinor(record.details().birthDate(), calendar.today(clock.instant()));
    }

    /**
     * The day an active grant ends by itself, in the realm's calendar: the day of its own end, or, for
     * a parent's or guardian's grant on a minor, the day the record comes of age (unless it is kept under
     * continued guardianship), whichever comes first. Empty when nothing ends it.
     */
    public Optional<LocalDate> endsOn(AccessGrant grant, PatientRecord record) {
        ComingOfAgeCalendar calendar = new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
        Optional<LocalDate> ownEnd = Optional.ofNullable(grant.validUntil()).map(until -> LocalDate.ofInstant(until, calendar.settings().zone()));
        Optional<LocalDate> comingOfAgeEnd = comingOfAgeEnd(grant, record, calendar);
        return Stream.of(ownEnd, comingOfAgeEnd).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    /** {@link #endsOn(AccessGrant, PatientRecord)} of a grant whose record the caller has not read. */
    public Optional<LocalDate> endsOn(AccessGrant grant) {
        return endsOn(grant, patients.findById(realm, grant.patientId()).orElseThrow());
    }

    private Optional<LocalDate> comingOfAgeEnd(AccessGrant grant, PatientRecord record, ComingOfAgeCalendar calendar) {
        LocalDate birthDate = record.details().birthDate();
        if (!RESPONSIBLE_FOR_A_MINOR.contains(grant.relationship()) || !calendar.isMinor(birthDate, calendar.today(clock.instant()))) {
            return Optional.empty();
        }
        // While the record is a minor, every active parent's or guardian's grant was given before the day: it ends on it.
        return comingOfAge.findContinuedGuardianship(realm, record.id()).isEmpty() ? Optional.of(calendar.comesOfAgeOn(birthDate)) : Optional.empty();
    }

    /**
     * The patient or a parent ends a temporary carer's access early ({@code invitations.TemporaryCarers}
     * decides who may); the patient's own account is told.
     */
    public AccessGrant endTemporaryCarer(AccessGrant carer, UserModel endedBy) {
        return end(carer, endedBy.getId());
    }

    /** A parent's or guardian's grant ends as the record comes of age: ended by nobody, the rule itself. */
    public AccessGrant endOnComingOfAge(AccessGrant grant) {
        return end(grant, null);
    }

    /**
     * An age band's day narrows or suspends a parent's or guardian's grant: the rule itself, nobody's
     * decision, so nobody is told here (the 30-day notice told them). Empty when the grant ended meanwhile.
     */
    public Optional<AccessGrant> narrowByAgeBand(AccessGrant grant, AgeBands.Narrowed narrowed) {
        return grants.changePermissions(realm, grant.id(), narrowed.inForce(), narrowed.withheld());
    }

    /** The person's own (SELF) records. */
    public List<String> ownRecordIds(UserModel person) {
        return grants.findActiveByUser(realm, person.getId()).stream()
                .filter(grant -> grant.relationship() == Relationship.SELF)
                .map(AccessGrant::patientId)
                .toList();
    }

    /** The accounts that hold an active grant on the record: whose access a change of the record touches. */
    public List<String> holdersOf(String patientId) {
        return grants.findByPatient(realm, patientId, false).stream().map(AccessGrant::userId).distinct().toList();
    }

    private AccessGrantValidator.Terms terms(PatientRecord patient, GrantInput input) {
        AccessGrantValidator.Terms terms = new AccessGrantValidator(clock).validate(input.relationship(), input.permissions(), input.validUntil(), input.legalBasis());
        OwnAccountAge.requireOldEnough(realm, patient, terms.relationship());
        return terms;
    }

    private UserModel account(String userId, String email) {
        if (userId != null) {
            UserModel user = session.users().getUserById(realm, userId);
            if (user == null) {
                throw new InvalidInputException("userId", "no account with this id in the realm");
            }
            return user;
        }
        if (email != null) {
            UserModel user = session.users().getUserByEmail(realm, email.strip());
            if (user == null) {
                throw new InvalidInputException("email", "no account with this email in the realm; invite the person instead");
            }
            return user;
        }
        throw new InvalidInputException("userId", "userId or email is required");
    }

    private AccessGrant end(AccessGrant grant, String endedBy) {
        AccessGrant ended = grants.revoke(realm, grant.id(), endedBy).orElseThrow();
        patients.findById(realm, grant.patientId()).ifPresent(patient -> new AccessChangeNotifier(session, realm).ended(patient, ended));
        return ended;
    }
}
