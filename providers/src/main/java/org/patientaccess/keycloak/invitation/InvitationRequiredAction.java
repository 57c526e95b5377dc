package org.patientaccess.keycloak.invitation;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.model.KeycloakClock;
import org.patientaccess.keycloak.email.AccessChangeNotifier;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.model.AccessGrant;
import org.patientaccess.keycloak.model.AccessGrantConflictException;
import org.patientaccess.keycloak.model.AccessGrantProvider;
import org.patientaccess.keycloak.model.GrantOrigin;
import org.patientaccess.keycloak.model.Invitation;
import org.patientaccess.keycloak.model.InvitationProvider;
import org.patientaccess.keycloak.model.InvitationStatus;
import org.patientaccess.keycloak.model.NewAccessGrant;
import org.patientaccess.keycloak.model.Relationship;

/**
 * Accept or decline an invitation, once signed in (after login, or registration and email
 * verification). It runs only as an application-initiated action whose parameter is the invitation
 * token, so it costs nothing on any other login.
 *
 * <p>The link is the proof of the invited mailbox, so an account with another email may accept it;
 * staff see which account did, except for an invitation to be the patient's own account (SELF),
 * which only the invited, verified address may answer. The account's own email must be verified.
 * Accepting claims the invitation with one conditional update before anything else, so two clicks
 * (or two nodes) yield one grant; a grant that would clash with another is refused on our page and
 * leaves the invitation pending.
 */
public class InvitationRequiredAction implements RequiredActionProvider {

    public static final String ID = "patient-access-invitation";
    static final String TEMPLATE = "patient-access-invitation.ftl";
    private static final String CONFLICT = "patientAccessInvitationConflict";

    private final KeycloakSession session;
    private final Clock clock = KeycloakClock.UTC;

    public InvitationRequiredAction(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Never triggered by a login: only asked for by an invitation link.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        Optional<OpenInvitation> open = open(context);
        if (open.isEmpty()) {
            context.challenge(page(context, OpenInvitation.invalidView("patientAccessInvitationInvalid", true)));
            return;
        }
        Optional<String> refusal = refusal(context.getUser(), open.get().invitation());
        if (refusal.isPresent()) {
            context.challenge(page(context, OpenInvitation.invalidView(refusal.get(), true)));
            return;
        }
        context.challenge(page(context, open.get().view(context.getRealm(), session.getContext().resolveLocale(context.getUser()))));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String decision = form.getFirst("decision");
        if (!"accept".equals(decision) && !"decline".equals(decision)) {
            context.success();
            return;
        }
        Optional<OpenInvitation> open = open(context);
        if (open.isEmpty()) {
            context.challenge(page(context, OpenInvitation.invalidView("patientAccessInvitationInvalid", true)));
            return;
        }
        UserModel user = context.getUser();
        Invitation invitation = open.get().invitation();
        Optional<String> refusal = refusal(user, invitation);
        if (refusal.isPresent()) {
            context.challenge(page(context, OpenInvitation.invalidView(refusal.get(), true)));
            return;
        }
        RealmModel realm = context.getRealm();
        InvitationStatus outcome = "accept".equals(decision) ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED;
        AccessGrantProvider grants = session.getProvider(AccessGrantProvider.class);
        Optional<AccessGrant> held = outcome == InvitationStatus.ACCEPTED ? heldGrant(grants, realm, user, invitation) : Optional.empty();
        // Checked before anything is written: on PostgreSQL a statement that fails aborts the transaction.
        if (outcome == InvitationStatus.ACCEPTED && held.isEmpty() && ownedByAnother(grants, realm, user, invitation)) {
            context.challenge(page(context, OpenInvitation.invalidView(CONFLICT, true)));
            return;
        }
        if (!session.getProvider(InvitationProvider.class).decide(realm, invitation.id(), invitation.nonce(), outcome, user.getId())) {
            context.challenge(page(context, OpenInvitation.invalidView("patientAccessInvitationInvalid", true)));
            return;
        }
        String grantId = null;
        if (outcome == InvitationStatus.ACCEPTED) {
            AccessGrant grant;
            try {
                grant = held.orElseGet(() -> grants.create(realm, new NewAccessGrant(user.getId(), invitation.patientId(),
                        invitation.relationship(), invitation.permissions(), GrantOrigin.INVITATION, null, invitation.createdBy())));
            } catch (AccessGrantConflictException e) {
                // A grant made at the same moment took the key: undo the claim too, so the invitation stays pending.
                session.getTransactionManager().setRollbackOnly();
                context.challenge(page(context, OpenInvitation.invalidView("patientAccessInvitationClash", true)));
                return;
            }
            session.getProvider(InvitationProvider.class).linkGrant(realm, invitation.id(), grant.id());
            grantId = grant.id();
            new AccessChangeNotifier(session, realm).granted(open.get().patient(), grant);
        }
        context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail(Details.CUSTOM_REQUIRED_ACTION, ID)
                .detail(PatientEvents.INVITATION_ID, invitation.id())
                .detail(PatientEvents.PATIENT_ID, invitation.patientId())
                .detail(PatientEvents.GRANT_ID, grantId)
                .detail(PatientEvents.OUTCOME, outcome.name())
                .success();
        context.success();
    }

    /**
     * Why this account may not answer the invitation, if it may not: its email must be verified, and
     * an invitation to be the patient's own account (SELF) is for the invited address only, since that
     * account speaks as the patient.
     */
    private static Optional<String> refusal(UserModel user, Invitation invitation) {
        if (!user.isEmailVerified()) {
            return Optional.of("patientAccessInvitationVerifyEmail");
        }
        if (invitation.relationship() == Relationship.SELF && !invitation.email().equalsIgnoreCase(user.getEmail())) {
            return Optional.of("patientAccessInvitationOwnAccountOnly");
        }
        return Optional.empty();
    }

    /** The account's existing grant on the patient, if it already has one: accepting then adds nothing. */
    private static Optional<AccessGrant> heldGrant(AccessGrantProvider grants, RealmModel realm, UserModel user, Invitation invitation) {
        return grants.findActiveByUser(realm, user.getId()).stream()
                .filter(grant -> grant.patientId().equals(invitation.patientId()))
                .findFirst();
    }

    /** A SELF invitation to a record that another account already owns. */
    private static boolean ownedByAnother(AccessGrantProvider grants, RealmModel realm, UserModel user, Invitation invitation) {
        return invitation.relationship() == Relationship.SELF
                && grants.findActiveSelf(realm, invitation.patientId()).filter(self -> !self.userId().equals(user.getId())).isPresent();
    }

    private Optional<OpenInvitation> open(RequiredActionContext context) {
        String token = context.getAuthenticationSession().getClientNote(Constants.KC_ACTION_PARAMETER);
        return OpenInvitation.of(session, context.getRealm(), token, clock);
    }

    private static jakarta.ws.rs.core.Response page(RequiredActionContext context, Map<String, Object> view) {
        return context.form().setAttribute("invitation", view).createForm(TEMPLATE);
    }

    @Override
    public void close() {
    }
}
