package org.patientaccess.keycloak.pages;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.OnlineRegistration;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.registrations.ProofCodes;
import org.patientaccess.keycloak.registrations.RegistrationLinker;

/**
 * After someone registers (and has verified their email and set their password), links their
 * account to their record or queues it, by the rules of {@link RegistrationLinker}. It is put on the
 * user only in the authentication session that registered them, read from an in-memory note: an
 * ordinary login costs no query.
 *
 * <p>A record proven by the verified email links at once, without a page. Everyone else sees the
 * same page: "if the clinic knows you, we sent a code to the email in your record; enter it, or
 * continue". A code is sent only when a record that may link by itself has another email, but the
 * page is the same either way, so it never tells whether the clinic has a record of someone.
 * Someone registering to answer an invitation is not linked: they came to act for another person.
 * A name staff's input would refuse gets no record at all: the page says so.
 */
public class LinkRegistrationRequiredAction implements RequiredActionProvider {

    public static final String ID = PatientEvents.REGISTRATION_LINK;
    static final String TEMPLATE = "patient-access-registration-code.ftl";
    /** Codes one authentication session may try, whether or not there is a record to prove. */
    static final int MAX_TRIES = 5;

    /** Set at the first evaluation after registering: Keycloak evaluates triggers again after each action. */
    private static final String DECIDED = "patient-access-link-registration-decided";
    private static final String CODE_SENT = "patient-access-code-sent";
    private static final String CODE_TRIES = "patient-access-code-tries";

    private final KeycloakSession session;

    public LinkRegistrationRequiredAction(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if ("true".equals(authSession.getAuthNote(AuthenticationManager.NEW_USER_REGISTERED)) && authSession.getAuthNote(DECIDED) == null) {
            authSession.setAuthNote(DECIDED, "true");
            if (!InvitationRequiredAction.ID.equals(authSession.getClientNote(Constants.KC_ACTION))) {
                context.getUser().addRequiredAction(ID);
            }
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        RegistrationLinker linker = new RegistrationLinker(session, context.getRealm());
        RegistrationLinker.Finding finding;
        try {
            finding = linker.find(context.getUser());
        } catch (InvalidInputException e) {
            context.challenge(context.form().setAttribute("nameUnusable", true).setInfo("patientAccessRegistrationNameUnusable").createForm(TEMPLATE));
            return;
        }
        if (finding.nothingToDo()) {
            context.success();
            return;
        }
        if (finding.proven() != null) {
            audit(context, linker.linkProven(context.getUser(), finding, finding.proven()));
            context.success();
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (finding.provable() != null && authSession.getAuthNote(CODE_SENT) == null) {
            authSession.setAuthNote(CODE_SENT, "true");
            new ProofCodes(session, context.getRealm()).send(finding.provable(), context.getUser(),
                    session.getContext().resolveLocale(context.getUser()).toLanguageTag());
        }
        context.challenge(context.form().createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        RegistrationLinker linker = new RegistrationLinker(session, context.getRealm());
        RegistrationLinker.Finding finding;
        try {
            finding = linker.find(context.getUser());
        } catch (InvalidInputException e) {
            // Nothing is kept of a name that could not be a record's; the page said so, and the clinic links them.
            context.success();
            return;
        }
        if (finding.nothingToDo()) {
            context.success();
            return;
        }
        String decision = context.getHttpRequest().getDecodedFormParameters().getFirst("decision");
        if ("code".equals(decision)) {
            AuthenticationSessionModel authSession = context.getAuthenticationSession();
            int tries = tries(authSession) + 1;
            authSession.setAuthNote(CODE_TRIES, Integer.toString(tries));
            PatientRecord record = finding.provable();
            String code = context.getHttpRequest().getDecodedFormParameters().getFirst("code");
            if (record != null && new ProofCodes(session, context.getRealm()).prove(record, context.getUser(), code)) {
                audit(context, linker.linkProven(context.getUser(), finding, record));
                context.success();
                return;
            }
            if (tries < MAX_TRIES) {
                context.challenge(context.form().setError("patientAccessRegistrationCodeWrong").createForm(TEMPLATE));
                return;
            }
            // Out of tries: the same page for everyone, whether or not a record or a code exists.
            audit(context, linker.queueProvisional(context.getUser(), finding));
            context.challenge(context.form().setAttribute("codeTriesUsedUp", true).createForm(TEMPLATE));
            return;
        }
        audit(context, linker.queueProvisional(context.getUser(), finding));
        context.success();
    }

    /** Codes tried in this authentication session; the record's own limit is kept in the database. */
    private static int tries(AuthenticationSessionModel authSession) {
        String tries = authSession.getAuthNote(CODE_TRIES);
        return tries == null ? 0 : Integer.parseInt(tries);
    }

    private static void audit(RequiredActionContext context, OnlineRegistration registration) {
        UserModel user = context.getUser();
        context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(user)
                .detail(Details.CUSTOM_REQUIRED_ACTION, ID)
                .detail(PatientEvents.PATIENT_ID, registration.patientId())
                .detail(PatientEvents.REGISTRATION_ID, registration.id())
                .detail(PatientEvents.OUTCOME, registration.status().name())
                .success();
    }

    @Override
    public void close() {
    }
}
