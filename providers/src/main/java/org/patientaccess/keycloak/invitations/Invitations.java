package org.patientaccess.keycloak.invitations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.keycloak.email.EmailException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.utils.EmailValidationUtil;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.age.OwnAccountAge;
import org.patientaccess.keycloak.core.ConflictException;
import org.patientaccess.keycloak.core.GrantInput;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.NewInvitation;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.core.TooSoonException;
import org.patientaccess.keycloak.core.UnknownIdException;
import org.patientaccess.keycloak.email.InvitationMailer;
import org.patientaccess.keycloak.store.InvitationStore;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientRecordStore;
import org.patientaccess.keycloak.validation.AccessGrantValidator;
import org.patientaccess.keycloak.validation.PlainText;

/**
 * A patient's invitations, whoever asks: staff invite an address, resend (a new link; every older
 * one dies), copy the current link and withdraw; the invited person finds the invitations waiting
 * for their verified email. Answering is {@link InvitationAnswers}'. If the mail cannot be sent, the
 * invitation is kept, pending, for a resend once mail works.
 */
public final class Invitations {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final InvitationStore invitations;
    private final PatientRecordStore patients;
    private final Clock clock = KeycloakClock.UTC;

    public Invitations(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        PatientAccessStore store = session.getProvider(PatientAccessStore.class);
        this.invitations = store.invitations();
        this.patients = store.records();
    }

    /** An invitation as it stands after a send: {@code mailed} false when the mail could not be sent (it is kept). */
    public record Sent(Invitation invitation, boolean mailed) {
    }

    /** The current link of a pending invitation, and when it stops working. */
    public record Link(String link, Instant expiresAt) {
    }

    /** The patient's invitations, newest first. */
    public List<Invitation> ofPatient(PatientRecord patient) {
        return invitations.findByPatient(realm, patient.id());
    }

    /** An invitation of this patient; any other id answers as unknown. */
    public Invitation ofPatient(PatientRecord patient, String invitationId) {
        return invitations.findById(realm, invitationId)
                .filter(invitation -> invitation.patientId().equals(patient.id()))
                .orElseThrow(() -> new UnknownIdException("Invitation not found"));
    }

    /** Staff invite an email address to act for an active patient, in one of the realm's languages. */
    public Sent invite(PatientRecord patient, String email, GrantInput terms, String locale, Actor actor) {
        String address = address(email);
        AccessGrantValidator.Terms valid = new AccessGrantValidator(clock).validate(terms.relationship(), terms.permissions(), null, terms.legalBasis());
        OwnAccountAge.requireOldEnough(realm, patient, valid.relationship());
        String language = supportedLocale(locale);
        patient.requireActive();
        Invitation invitation = invitations.create(realm, new NewInvitation(patient.id(), address, language,
                valid.relationship(), valid.permissions(), clock.instant().plus(InvitationSettings.of(realm).lifespan()), actor.userId(),
                valid.legalBasis(), GrantOrigin.INVITATION, null));
        return send(invitation, patient);
    }

    /**
     * The patient's family invites a temporary carer ({@link TemporaryCarers} decides who may, for how
     * long and how many): a CAREGIVER who may BOOK until {@code accessUntil}, in the inviter's language
     * when the realm has it. The link dies with the access it offers, if that comes first. The same
     * answer whether or not an account has the address.
     */
    Sent inviteTemporaryCarer(PatientRecord patient, String email, Instant accessUntil, UserModel inviter) {
        String address = address(email);
        patient.requireActive();
        Invitation invitation = invitations.create(realm, new NewInvitation(patient.id(), address, languageOf(inviter),
                Relationship.CAREGIVER, EnumSet.of(GrantPermission.BOOK), linkExpiry(accessUntil), inviter.getId(), null,
                GrantOrigin.FAMILY, accessUntil));
        return send(invitation, patient);
    }

    /** A new link: a new nonce and expiry, so every older link dies. No sooner than the realm's interval after the last send. */
    public Sent resend(PatientRecord patient, String invitationId) {
        Invitation current = ofPatient(patient, invitationId);
        if (current.status() != InvitationStatus.PENDING) {
            throw new ConflictException("the invitation is " + current.status().name().toLowerCase(Locale.ROOT) + "; invite again instead");
        }
        Duration interval = InvitationSettings.of(realm).resendInterval();
        if (current.lastSentAt() != null && current.lastSentAt().plus(interval).isAfter(clock.instant())) {
            Duration wait = Duration.between(clock.instant(), current.lastSentAt().plus(interval)).plusSeconds(1);
            throw new TooSoonException(null, "the invitation was sent less than " + interval.toSeconds()
                    + " seconds ago; try again in " + wait.toSeconds() + " seconds", wait);
        }
        if (current.accessUntil() != null && !current.accessUntil().isAfter(clock.instant())) {
            throw new ConflictException("the access this invitation offers has ended; invite again instead");
        }
        Invitation reissued = invitations.reissue(realm, invitationId, current.nonce(), linkExpiry(current.accessUntil()));
        return send(reissued, patient);
    }

    /** The current link, for staff to paste into their own email: a capability, for staff who may manage users only. */
    public Link link(PatientRecord patient, String invitationId) {
        Invitation invitation = ofPatient(patient, invitationId);
        InvitationStatus status = invitation.statusAt(clock.instant());
        if (status != InvitationStatus.PENDING) {
            throw new ConflictException("the invitation is " + status.name().toLowerCase(Locale.ROOT) + "; it has no link");
        }
        return new Link(new InvitationLinks(session, realm).linkOf(invitation), invitation.expiresAt());
    }

    /** Withdraws the invitation: every link of it dies. A decided invitation cannot be withdrawn. */
    public void withdraw(PatientRecord patient, String invitationId) {
        ofPatient(patient, invitationId);
        invitations.revoke(realm, invitationId);
    }

    /** A pending invitation and the active record it is for. */
    public record Pending(Invitation invitation, PatientRecord patient) {
    }

    /** Pending, unexpired invitations to active records, addressed to the person's verified email. */
    public List<Pending> waitingFor(UserModel person) {
        if (person.getEmail() == null || !person.isEmailVerified()) {
            return List.of();
        }
        return invitations.findPendingByEmail(realm, person.getEmail()).stream()
                .filter(invitation -> InvitationAnswers.isAddressedTo(invitation, person))
                .map(invitation -> patients.findById(realm, invitation.patientId())
                        .filter(patient -> patient.status() == PatientStatus.ACTIVE)
                        .map(patient -> new Pending(invitation, patient))
                        .orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * One of {@link #waitingFor}: any other id (another person's, another realm's, a decided one)
     * answers the same, as unknown.
     */
    public Pending waitingFor(UserModel person, String invitationId) {
        return waitingFor(person).stream()
                .filter(pending -> pending.invitation().id().equals(invitationId))
                .findFirst()
                .orElseThrow(() -> new UnknownIdException("No pending invitation with this id for your email"));
    }

    /** The realm's link lifespan from now, cut short by the end of the access the link offers. */
    private Instant linkExpiry(Instant accessUntil) {
        Instant expiry = clock.instant().plus(InvitationSettings.of(realm).lifespan());
        return accessUntil != null && accessUntil.isBefore(expiry) ? accessUntil : expiry;
    }

    private static String address(String email) {
        String address = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        if (address == null || address.isEmpty() || !PlainText.isPlain(address) || !EmailValidationUtil.isValidEmail(address)) {
            throw new InvalidInputException("email", "email is not a valid email address");
        }
        return address;
    }

    /** The account's own language if the realm offers it; otherwise none (the realm's default). */
    private String languageOf(UserModel account) {
        String tag = account.getFirstAttribute(UserModel.LOCALE);
        try {
            return supportedLocale(tag);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private Sent send(Invitation invitation, PatientRecord patient) {
        try {
            new InvitationMailer(session, realm).send(invitation, patient, new InvitationLinks(session, realm).linkOf(invitation));
        } catch (EmailException e) {
            return new Sent(invitation, false);
        }
        return new Sent(invitations.recordSend(realm, invitation.id(), invitation.nonce()), true);
    }

    private String supportedLocale(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String tag = requested.strip();
        boolean supported = realm.isInternationalizationEnabled()
                ? realm.getSupportedLocalesStream().anyMatch(tag::equals)
                : tag.equals(realm.getDefaultLocale()) || "en".equals(tag);
        if (!supported) {
            throw new InvalidInputException("locale", "locale must be one of the realm's languages");
        }
        return tag;
    }
}
