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
import org.patientaccess.keycloak.model.AccessGrant;
import org.patientaccess.keycloak.model.AccessGrantProvider;
import org.patientaccess.keycloak.model.GrantOrigin;
import org.patientaccess.keycloak.model.Invitation;
import org.patientaccess.keycloak.model.InvitationProvider;
import org.patientaccess.keycloak.model.InvitationStatus;
import org.patientaccess.keycloak.model.NewAccessGrant;

/**
 * Accept or decline an invitation, once signed in (after login, or registration and email
 * verification). It runs only as an application-initiated action whose parameter is the invitation
 * token, so it costs nothing on any other login.
 *
 * <p>The link is the proof of the invited mailbox, so an account with another email may accept it;
 * staff see which account did. The account's own email must be verified. Accepting claims the
 * invitation with one conditional update before anything else, so two clicks (or two nodes) yield
 * one grant.
 */
public class InvitationRequiredAction implements RequiredActionProvider {

    public static final String ID = "patient-access-invitation";
    static final String TEMPLATE = "patient-access-invitation.ftl";

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
        if (!user.isEmailVerified()) {
            context.challenge(page(context, OpenInvitation.invalidView("patientAccessInvitationVerifyEmail", true)));
            return;
        }
        Invitation invitation = open.get().invitation();
        RealmModel realm = context.getRealm();
        InvitationStatus outcome = "accept".equals(decision) ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED;
        if (!session.getProvider(InvitationProvider.class).decide(realm, invitation.id(), invitation.nonce(), outcome, user.getId())) {
            context.challenge(page(context, OpenInvitation.invalidView("patientAccessInvitationInvalid", true)));
            return;
        }
        if (outcome == InvitationStatus.ACCEPTED) {
            AccessGrant grant = grantFor(realm, user, invitation);
            session.getProvider(InvitationProvider.class).linkGrant(realm, invitation.id(), grant.id());
            new AccessChangeNotifier(session, realm).granted(open.get().patient(), grant);
        }
        context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail(Details.CUSTOM_REQUIRED_ACTION, ID)
                .detail("patient_access_invitation_id", invitation.id())
                .detail("patient_id", invitation.patientId())
                .detail("outcome", outcome.name())
                .success();
        context.success();
    }

    /** The account's existing grant on the patient, if it already has one, else a new one. */
    private AccessGrant grantFor(RealmModel realm, UserModel user, Invitation invitation) {
        AccessGrantProvider grants = session.getProvider(AccessGrantProvider.class);
        return grants.findActiveByUser(realm, user.getId()).stream()
                .filter(grant -> grant.patientId().equals(invitation.patientId()))
                .findFirst()
                .orElseGet(() -> grants.create(realm, new NewAccessGrant(user.getId(), invitation.patientId(),
                        invitation.relationship(), invitation.permissions(), GrantOrigin.INVITATION, null, invitation.createdBy())));
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
