package org.patientaccess.keycloak.invitations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.age.ComingOfAgeCalendar;
import org.patientaccess.keycloak.age.ComingOfAgeSettings;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.LimitReachedException;
import org.patientaccess.keycloak.core.NotPermittedException;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.core.UnknownIdException;
import org.patientaccess.keycloak.email.TemporaryCarerNotifier;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * Temporary carers a patient's family invites (a grandparent for a week): a CAREGIVER who may only
 * BOOK, until a day at most {@value #MAX_DAYS} days ahead in the realm's calendar, by email through
 * {@link Invitations} (one link alive, resend, withdraw, the link's expiry). Who may invite for a
 * record: its own account, once of age; or a parent or guardian with MANAGE_PROFILE in force, while
 * it is a minor. The same people see its carers, resend, withdraw and end one's access early. The
 * record's other responsible accounts are told by email. Any grant id not the caller's, and any
 * invitation or grant not a temporary carer's of that record, answers as unknown.
 */
public final class TemporaryCarers {

    /** The furthest last day of a temporary carer's access, in days from today. */
    public static final int MAX_DAYS = 90;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PatientAccessStore store;
    private final AccessGrants access;
    private final Invitations invitations;
    private final Clock clock = KeycloakClock.UTC;

    public TemporaryCarers(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = session.getProvider(PatientAccessStore.class);
        this.access = new AccessGrants(session, realm);
        this.invitations = new Invitations(session, realm);
    }

    /** The record a caller invites for, through the grant they hold on it. */
    public record Inviter(AccessGrant grant, PatientRecord patient) {
    }

    /** A record's temporary carers: invitations waiting for an answer and grants in force, newest first. */
    public record Carers(Inviter inviter, List<Invitation> invitations, List<AccessGrant> grants) {
    }

    /**
     * The record the person may invite temporary carers for through {@code grantId}: 404 unless it is
     * an active grant of theirs, 403 (in words) unless its terms allow inviting.
     */
    public Inviter inviter(UserModel person, String grantId) {
        AccessGrant grant = access.heldBy(person, grantId);
        PatientRecord patient = store.records().findById(realm, grant.patientId())
                .orElseThrow(() -> new UnknownIdException("No active grant of yours with this id"))
                .requireActive();
        ComingOfAgeCalendar calendar = calendar();
        boolean minor = calendar.isMinor(patient.details().birthDate(), calendar.today(clock.instant()));
        switch (grant.relationship()) {
            case SELF -> {
                if (minor) {
                    throw new NotPermittedException("under the age of majority, a parent or guardian invites temporary carers for you");
                }
            }
            case PARENT, GUARDIAN -> {
                if (!minor) {
                    throw new NotPermittedException("the patient is of age: they invite their own temporary carers");
                }
                if (!grant.permissions().contains(GrantPermission.MANAGE_PROFILE)) {
                    throw new NotPermittedException("your access does not include managing the patient's profile, which inviting a temporary carer needs");
                }
            }
            default -> throw new NotPermittedException("only the patient, or a parent or guardian of a minor, invites temporary carers");
        }
        return new Inviter(grant, patient);
    }

    /** The record's temporary carers, for someone who may invite them. */
    public Carers of(UserModel person, String grantId) {
        Inviter inviter = inviter(person, grantId);
        return new Carers(inviter, openInvitations(inviter.patient()), carerGrants(inviter.patient()));
    }

    /**
     * Invites {@code email} to book for the record until {@code lastDay} included; the record's other
     * responsible accounts are told. Within the realm's {@link TemporaryCarerLimits}.
     */
    public Invitations.Sent invite(UserModel person, String grantId, String email, LocalDate lastDay) {
        Inviter inviter = inviter(person, grantId);
        ComingOfAgeCalendar calendar = calendar();
        LocalDate today = calendar.today(clock.instant());
        if (lastDay == null) {
            throw new InvalidInputException("until", "until (the last day of access) is required");
        }
        if (lastDay.isBefore(today) || lastDay.isAfter(today.plusDays(MAX_DAYS))) {
            throw new InvalidInputException("until", "until must be between today and " + MAX_DAYS + " days from today (" + furthestLastDay() + ")");
        }
        requireWithinLimits(person, inviter.patient());
        Invitations.Sent sent = invitations.inviteTemporaryCarer(inviter.patient(), email, calendar.startOf(lastDay.plusDays(1)), person);
        new TemporaryCarerNotifier(session, realm).invited(othersResponsible(inviter.patient(), person, true), inviter.patient(), person,
                sent.invitation().email(), lastDay);
        return sent;
    }

    /** A new link for a temporary carer's invitation of the record (the rules and rate of {@link Invitations#resend}). */
    public Invitations.Sent resend(UserModel person, String grantId, String invitationId) {
        Inviter inviter = inviter(person, grantId);
        return invitations.resend(inviter.patient(), familyInvitation(inviter, invitationId).id());
    }

    /** Withdraws a temporary carer's invitation of the record: every link of it dies. */
    public Invitation withdraw(UserModel person, String grantId, String invitationId) {
        Inviter inviter = inviter(person, grantId);
        Invitation invitation = familyInvitation(inviter, invitationId);
        invitations.withdraw(inviter.patient(), invitation.id());
        return invitation;
    }

    /** Ends a temporary carer's access to the record before its end; the record's other responsible accounts are told. */
    public AccessGrant end(UserModel person, String grantId, String carerGrantId) {
        Inviter inviter = inviter(person, grantId);
        AccessGrant carer = carerGrants(inviter.patient()).stream()
                .filter(grant -> grant.id().equals(carerGrantId))
                .findFirst()
                .orElseThrow(() -> new UnknownIdException("No temporary carer with this id on this record"));
        AccessGrant ended = access.endTemporaryCarer(carer, person);
        UserModel holder = session.users().getUserById(realm, carer.userId());
        // The record's own account is told of every grant that ends (AccessGrants); its parents and guardians are told here.
        new TemporaryCarerNotifier(session, realm).ended(othersResponsible(inviter.patient(), person, false), inviter.patient(), person,
                holder == null ? "" : String.valueOf(holder.getEmail()));
        return ended;
    }

    /** The last day of access a temporary carer's end gives, in the realm's calendar. */
    public LocalDate lastDay(Instant accessUntil) {
        return calendar().today(accessUntil).minusDays(1);
    }

    /** The furthest last day an invitation sent now may give. */
    public LocalDate furthestLastDay() {
        return calendar().today(clock.instant()).plusDays(MAX_DAYS);
    }

    private List<Invitation> openInvitations(PatientRecord patient) {
        Instant now = clock.instant();
        return invitations.ofPatient(patient).stream()
                .filter(invitation -> invitation.origin() == GrantOrigin.FAMILY && invitation.statusAt(now) == InvitationStatus.PENDING)
                .toList();
    }

    private List<AccessGrant> carerGrants(PatientRecord patient) {
        Instant now = clock.instant();
        return access.ofPatient(patient, false).stream()
                .filter(grant -> grant.origin() == GrantOrigin.FAMILY && grant.isActiveAt(now))
                .toList();
    }

    private Invitation familyInvitation(Inviter inviter, String invitationId) {
        Invitation invitation = invitations.ofPatient(inviter.patient(), invitationId);
        if (invitation.origin() != GrantOrigin.FAMILY) {
            throw new UnknownIdException("No temporary carer's invitation with this id on this record");
        }
        return invitation;
    }

    /**
     * Counted with the record's row locked until the invitation is written and the transaction ends:
     * invitations for one record sent at the same moment, on one node or two, are counted one after
     * the other, so a burst of requests cannot pass the record's bound. The account's bound is counted
     * under the same lock: requests for different records at the same moment may pass it by as many
     * records as they race on, each still within its record's bound.
     */
    private void requireWithinLimits(UserModel person, PatientRecord patient) {
        store.records().lockForCounting(realm, patient.id());
        TemporaryCarerLimits limits = TemporaryCarerLimits.of(realm);
        if (openInvitations(patient).size() + carerGrants(patient).size() >= limits.perRecord()) {
            throw new LimitReachedException("carers", "a patient may have at most " + limits.perRecord()
                    + " temporary carers, invited or with access; withdraw an invitation or end a carer's access first");
        }
        if (store.invitations().findPendingCreatedBy(realm, person.getId(), GrantOrigin.FAMILY).size() >= limits.perAccount()) {
            throw new LimitReachedException("carers", "an account may have at most " + limits.perAccount()
                    + " invitations of temporary carers waiting for an answer; withdraw one or wait for answers");
        }
    }

    /** The record's parents and guardians, and its own account if asked, but not {@code person}: whom a change by the family is told. */
    private List<UserModel> othersResponsible(PatientRecord patient, UserModel person, boolean withOwnAccount) {
        return access.ofPatient(patient, false).stream()
                .filter(grant -> (withOwnAccount && grant.relationship() == Relationship.SELF) || grant.relationship() == Relationship.PARENT
                        || grant.relationship() == Relationship.GUARDIAN)
                .filter(grant -> grant.isActiveAt(clock.instant()) && !grant.userId().equals(person.getId()))
                .map(AccessGrant::userId)
                .distinct()
                .map(userId -> session.users().getUserById(realm, userId))
                .filter(Objects::nonNull)
                .toList();
    }

    private ComingOfAgeCalendar calendar() {
        return new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
    }
}
