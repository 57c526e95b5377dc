package org.patientaccess.keycloak.registration;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AuthenticationManager;
import org.patientaccess.keycloak.invitation.InvitationRequiredAction;

/**
 * After someone registers (and has verified their email and set their password), links their
 * account to their record or queues it; no page. It is put on the user only in the authentication
 * session that registered them, read from an in-memory note: an ordinary login costs no query.
 * The page never says whether a record was found. Someone registering to answer an invitation is
 * not linked: they came to act for another person (staff can still link them).
 */
public class LinkRegistrationRequiredAction implements RequiredActionProvider {

    public static final String ID = "patient-access-link-registration";
    /** Set at the first evaluation after registering: Keycloak evaluates triggers again after each action. */
    private static final String DECIDED = "patient-access-link-registration-decided";

    private final KeycloakSession session;

    public LinkRegistrationRequiredAction(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        var authSession = context.getAuthenticationSession();
        if ("true".equals(authSession.getAuthNote(AuthenticationManager.NEW_USER_REGISTERED)) && authSession.getAuthNote(DECIDED) == null) {
            authSession.setAuthNote(DECIDED, "true");
            // Someone who registers to answer an invitation came to act for another person, not as a patient.
            if (!InvitationRequiredAction.ID.equals(authSession.getClientNote(Constants.KC_ACTION))) {
                context.getUser().addRequiredAction(ID);
            }
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        new RegistrationLinker(session, context.getRealm()).link(context.getUser()).ifPresent(registration ->
                context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION)
                        .detail(Details.CUSTOM_REQUIRED_ACTION, ID)
                        .detail("patient_id", registration.patientId())
                        .detail("outcome", registration.status().name())
                        .success());
        context.success();
    }

    @Override
    public void processAction(RequiredActionContext context) {
        context.success();
    }

    @Override
    public void close() {
    }
}
