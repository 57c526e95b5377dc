package org.patientaccess.keycloak.invitations;

import java.util.Locale;
import java.util.Optional;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.age.OwnAccountAge;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.AccessGrantConflictException;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.NewAccessGrant;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.email.AccessChangeNotifier;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.store.InvitationStore;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * Answering an invitation, the same way from its link's page and from the account console.
 *
 * <p>The account's own email must be verified. An invitation to be the patient's own account (SELF)
 * is for the invited address only, since that account speaks as the patient. Accepting claims the
 * invitation with one conditional update before anything else, so two clicks (or two nodes) yield
 * one grant; a grant that would clash with another is refused and leaves the invitation pending.
 */
public final class InvitationAnswers {

    /** Message keys of the refusals, shown on the invitation's page (login theme messages). */
    public static final String INVALID = "patientAccessInvitationInvalid";
    public static final String VERIFY_EMAIL = "patientAccessInvitationVerifyEmail";
    public static final String OWN_ACCOUNT_ONLY = "patientAccessInvitationOwnAccountOnly";
    public static final String OWNED_BY_ANOTHER = "patientAccessInvitationConflict";
    public static final String CLASH = "patientAccessInvitationClash";
    public static final String TOO_EARLY = "patientAccessInvitationTooEarly";

    /** What came of an answer. */
    public sealed interface Answer permits Accepted, Declined, Refused {
    }

    /** The account now acts for the patient: the new grant, or the one it already held. */
    public record Accepted(AccessGrant grant) implements Answer {
    }

    public record Declined() implements Answer {
    }

    /** Nothing changed; {@code reason} is one of this class's message keys. */
    public record Refused(String reason) implements Answer {
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AccessGrantStore grants;
    private final InvitationStore invitations;

    public InvitationAnswers(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.grants = session.getProvider(PatientAccessStore.class).grants();
        this.invitations = session.getProvider(PatientAccessStore.class).invitations();
    }

    /** Why this account may not answer the invitation at all, if it may not (a message key). */
    public static Optional<String> refusal(UserModel user, Invitation invitation) {
        if (!user.isEmailVerified()) {
            return Optional.of(VERIFY_EMAIL);
        }
        if (invitation.relationship() == Relationship.SELF && !isAddressedTo(invitation, user)) {
            return Optional.of(OWN_ACCOUNT_ONLY);
        }
        return Optional.empty();
    }

    /**
     * Whether the invitation's address is the account's: the two stored lower-case forms compared
     * exactly, never case-folded (Java's {@code equalsIgnoreCase} makes "ſam@…" the same as "sam@…").
     */
    public static boolean isAddressedTo(Invitation invitation, UserModel user) {
        return user.getEmail() != null && invitation.email().equals(user.getEmail().toLowerCase(Locale.ROOT));
    }

    /**
     * Accepts or declines the open invitation for {@code user}, telling the patient's own account of a
     * new grant and writing the person's event (a clone of {@code event}, which names the client).
     */
    public Answer answer(UserModel user, Invitation invitation, PatientRecord patient, InvitationStatus decision, EventBuilder event) {
        Optional<String> refusal = refusal(user, invitation);
        if (refusal.isPresent()) {
            return new Refused(refusal.get());
        }
        boolean accepting = decision == InvitationStatus.ACCEPTED;
        Optional<AccessGrant> held = accepting ? heldGrant(user, invitation) : Optional.empty();
        // Checked before anything is written: on PostgreSQL a statement that fails aborts the transaction.
        if (accepting && held.isEmpty() && ownedByAnother(user, invitation)) {
            return new Refused(OWNED_BY_ANOTHER);
        }
        // Sent before the clinic set its own-account age, or before a correction of the birth date.
        if (accepting && held.isEmpty() && !OwnAccountAge.allows(realm, patient, invitation.relationship())) {
            return new Refused(TOO_EARLY);
        }
        if (!invitations.decide(realm, invitation.id(), invitation.nonce(), decision, user.getId())) {
            return new Refused(INVALID);
        }
        AccessGrant grant = null;
        if (accepting) {
            try {
                grant = held.orElseGet(() -> grants.create(realm, new NewAccessGrant(user.getId(), invitation.patientId(),
                        invitation.relationship(), invitation.permissions(), invitation.origin(), invitation.accessUntil(), invitation.createdBy(),
                        invitation.legalBasis())));
            } catch (AccessGrantConflictException e) {
                // A grant made at the same moment took the key: undo the claim too, so the invitation stays pending.
                session.getTransactionManager().setRollbackOnly();
                return new Refused(CLASH);
            }
            invitations.linkGrant(realm, invitation.id(), grant.id());
            new AccessChangeNotifier(session, realm).granted(patient, grant);
        }
        event.clone().event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(user)
                .detail(Details.CUSTOM_REQUIRED_ACTION, PatientEvents.INVITATION_ANSWER)
                .detail(PatientEvents.INVITATION_ID, invitation.id())
                .detail(PatientEvents.PATIENT_ID, invitation.patientId())
                .detail(PatientEvents.GRANT_ID, grant == null ? null : grant.id())
                .detail(PatientEvents.OUTCOME, decision.name())
                .success();
        return accepting ? new Accepted(grant) : new Declined();
    }

    /** The account's existing grant on the patient, if it already has one: accepting then adds nothing. */
    private Optional<AccessGrant> heldGrant(UserModel user, Invitation invitation) {
        return grants.findActiveByUser(realm, user.getId()).stream()
                .filter(grant -> grant.patientId().equals(invitation.patientId()))
                .findFirst();
    }

    /** A SELF invitation to a record that another account already owns. */
    private boolean ownedByAnother(UserModel user, Invitation invitation) {
        return invitation.relationship() == Relationship.SELF
                && grants.findActiveSelf(realm, invitation.patientId()).filter(self -> !self.userId().equals(user.getId())).isPresent();
    }
}
