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
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.invitations.InvitationAnswers;
import org.patientaccess.keycloak.invitations.OpenInvitation;

/**
 * Accept or decline an invitation, once signed in (after login, or registration and email
 * verification). It runs only as an application-initiated action whose parameter is the invitation
 * token, so it costs nothing on any other login.
 *
 * <p>The link is the proof of the invited mailbox, so an account with another email may accept it;
 * staff see which account did. The rules of an answer are {@link InvitationAnswers}'.
 */
public class InvitationRequiredAction implements RequiredActionProvider {

    public static final String ID = PatientEvents.INVITATION_ANSWER;
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
            context.challenge(page(context, OpenInvitation.invalidView(InvitationAnswers.INVALID, true)));
            return;
        }
        Optional<String> refusal = InvitationAnswers.refusal(context.getUser(), open.get().invitation());
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
            context.challenge(page(context, OpenInvitation.invalidView(InvitationAnswers.INVALID, true)));
            return;
        }
        InvitationStatus outcome = "accept".equals(decision) ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED;
        InvitationAnswers.Answer answer = new InvitationAnswers(session, context.getRealm())
                .answer(context.getUser(), open.get().invitation(), open.get().patient(), outcome, context.getEvent());
        if (answer instanceof InvitationAnswers.Refused refused) {
            context.challenge(page(context, OpenInvitation.invalidView(refused.reason(), true)));
            return;
        }
        context.success();
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
