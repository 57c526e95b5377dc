package org.patientaccess.keycloak.pages;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.invitations.CarriedInvitations;
import org.patientaccess.keycloak.invitations.InvitationAnswers;
import org.patientaccess.keycloak.invitations.OpenInvitation;

/**
 * Accept or decline an invitation, once signed in (after login, or registration and email
 * verification). A link starts it as an application-initiated action whose parameter is the
 * invitation token. The account that signs in or registers holding that link also carries the
 * invitation ({@link CarriedInvitations}) and gets this action as its own, so that whichever device
 * finishes the account's steps (someone registering on a computer and confirming their email on a
 * phone), or its next sign-in, reaches Accept. Any other login costs nothing: the trigger reads only
 * the authentication session's notes, and the store is asked only for an account that has the action.
 *
 * <p>The link is the proof of the invited mailbox, so an account with another email may accept it;
 * staff see which account did. The rules of an answer are {@link InvitationAnswers}'.
 */
public class InvitationRequiredAction implements RequiredActionProvider {

    public static final String ID = PatientEvents.INVITATION_ANSWER;
    static final String TEMPLATE = "patient-access-invitation.ftl";
    /** Set once this authentication session's link was carried, so the triggers, run at every step, carry it once. */
    private static final String CARRIED_NOTE = "patient-access-invitation-carried";

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
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String token = linkToken(authSession);
        if (token == null || context.getUser() == null || authSession.getAuthNote(CARRIED_NOTE) != null) {
            return;
        }
        authSession.setAuthNote(CARRIED_NOTE, "true");
        OpenInvitation.of(session, context.getRealm(), token, clock).ifPresent(open -> {
            new CarriedInvitations(session, context.getRealm(), clock).carry(context.getUser(), open);
            context.getUser().addRequiredAction(ID);
        });
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        Optional<OpenInvitation> open = open(context);
        if (open.isEmpty()) {
            context.challenge(page(context, OpenInvitation.invalidView(InvitationAnswers.INVALID, true)));
            return;
        }
        Optional<String> refusal = InvitationAnswers.refusal(context.getUser(), open.get().invitation());
        if (refusal.isPresent()) {
            stopOffering(context);
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
            context.challenge(page(context, OpenInvitation.invalidView(InvitationAnswers.INVALID, true)));
            return;
        }
        InvitationStatus outcome = "accept".equals(decision) ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED;
        InvitationAnswers.Answer answer = new InvitationAnswers(session, context.getRealm())
                .answer(context.getUser(), open.get().invitation(), open.get().patient(), outcome, context.getEvent());
        if (answer instanceof InvitationAnswers.Refused refused) {
            stopOffering(context);
            context.challenge(page(context, OpenInvitation.invalidView(refused.reason(), true)));
            return;
        }
        stopOffering(context);
        if (answer instanceof InvitationAnswers.Accepted) {
            context.challenge(page(context, open.get().acceptedView(context.getRealm())));
            return;
        }
        context.success();
    }

    /**
     * Answered, or refused to this account: a sign-in on another device has nothing left to offer, even
     * if this page is left open. A refusal does not wait at every sign-in (nor keep the account "not
     * fully set up" for Keycloak); the emailed link still opens the invitation.
     */
    private static void stopOffering(RequiredActionContext context) {
        context.getUser().removeRequiredAction(ID);
    }

    /** The link this browser holds, else the invitation the account carries from another device. */
    private Optional<OpenInvitation> open(RequiredActionContext context) {
        String token = linkToken(context.getAuthenticationSession());
        return token != null
                ? OpenInvitation.of(session, context.getRealm(), token, clock)
                : new CarriedInvitations(session, context.getRealm(), clock).of(context.getUser());
    }

    /**
     * The invitation token of this browser's link: the parameter of our application-initiated action,
     * while it is ours (another action's parameter is not a token, and Keycloak clears the action once done).
     */
    private static String linkToken(AuthenticationSessionModel authSession) {
        return ID.equals(authSession.getClientNote(Constants.KC_ACTION))
                ? authSession.getClientNote(Constants.KC_ACTION_PARAMETER) : null;
    }

    private static jakarta.ws.rs.core.Response page(RequiredActionContext context, Map<String, Object> view) {
        return context.form().setAttribute("invitation", view).createForm(TEMPLATE);
    }

    @Override
    public void close() {
    }
}
