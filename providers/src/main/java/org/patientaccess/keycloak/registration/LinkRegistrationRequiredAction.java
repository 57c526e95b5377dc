package org.patientaccess.keycloak.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jboss.logging.Logger;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.SecretGenerator;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.patientaccess.keycloak.email.ProofCodeMailer;
import org.patientaccess.keycloak.invitation.InvitationRequiredAction;
import org.patientaccess.keycloak.model.OnlineRegistration;
import org.patientaccess.keycloak.model.PatientRecord;

/**
 * After someone registers (and has verified their email and set their password), links their
 * account to their record or queues it. It is put on the user only in the authentication session
 * that registered them, read from an in-memory note: an ordinary login costs no query.
 *
 * <p>A record proven by the verified email links at once, without a page. Everyone else sees the
 * same page: "if the clinic knows you, we sent a code to the email in your record; enter it, or
 * continue". A code is sent only when a certain record with another email exists, but the page is
 * the same either way, so it never tells whether the clinic has a record of someone. Someone
 * registering to answer an invitation is not linked: they came to act for another person.
 */
public class LinkRegistrationRequiredAction implements RequiredActionProvider {

    public static final String ID = "patient-access-link-registration";
    static final String TEMPLATE = "patient-access-registration-code.ftl";
    static final int MAX_ATTEMPTS = 5;
    static final int CODE_LIFESPAN_SECONDS = 15 * 60;

    /** Set at the first evaluation after registering: Keycloak evaluates triggers again after each action. */
    private static final String DECIDED = "patient-access-link-registration-decided";
    private static final String CODE_HASH = "patient-access-code-hash";
    private static final String CODE_PATIENT = "patient-access-code-patient";
    private static final String CODE_EXPIRES = "patient-access-code-expires";
    private static final String CODE_ATTEMPTS = "patient-access-code-attempts";
    private static final Logger LOG = Logger.getLogger(LinkRegistrationRequiredAction.class);

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
        RegistrationLinker.Finding finding = linker.find(context.getUser());
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
        if (finding.provable() != null && authSession.getAuthNote(CODE_HASH) == null) {
            sendCode(context, finding.provable());
        }
        context.challenge(context.form().createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        RegistrationLinker linker = new RegistrationLinker(session, context.getRealm());
        RegistrationLinker.Finding finding = linker.find(context.getUser());
        if (finding.nothingToDo()) {
            context.success();
            return;
        }
        String decision = context.getHttpRequest().getDecodedFormParameters().getFirst("decision");
        if ("code".equals(decision)) {
            String code = context.getHttpRequest().getDecodedFormParameters().getFirst("code");
            PatientRecord record = finding.provable();
            if (record != null && codeProves(context.getAuthenticationSession(), code, record.id())) {
                audit(context, linker.linkProven(context.getUser(), finding, record));
                context.success();
                return;
            }
            if (attempts(context.getAuthenticationSession()) < MAX_ATTEMPTS) {
                context.challenge(context.form().setError("patientAccessRegistrationCodeWrong").createForm(TEMPLATE));
                return;
            }
        }
        audit(context, linker.queueProvisional(context.getUser(), finding));
        context.success();
    }

    private void sendCode(RequiredActionContext context, PatientRecord record) {
        String code = SecretGenerator.getInstance().randomString(6, SecretGenerator.DIGITS);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(CODE_HASH, hash(code));
        authSession.setAuthNote(CODE_PATIENT, record.id());
        authSession.setAuthNote(CODE_EXPIRES, Long.toString(Time.currentTime() + CODE_LIFESPAN_SECONDS));
        authSession.setAuthNote(CODE_ATTEMPTS, "0");
        try {
            new ProofCodeMailer(session, context.getRealm()).send(record.details().email(), code);
        } catch (EmailException e) {
            // The page is the same without it; the registration is queued for staff if no code comes.
            LOG.warnf("Could not send a registration code for user %s: %s", context.getUser().getId(), e.getMessage());
        }
    }

    /** Whether the code is the one sent, for this record, still fresh; every try counts as an attempt. */
    private static boolean codeProves(AuthenticationSessionModel authSession, String code, String patientId) {
        String expected = authSession.getAuthNote(CODE_HASH);
        String expires = authSession.getAuthNote(CODE_EXPIRES);
        authSession.setAuthNote(CODE_ATTEMPTS, Integer.toString(attempts(authSession) + 1));
        if (expected == null || code == null || expires == null || Long.parseLong(expires) < Time.currentTime()
                || !patientId.equals(authSession.getAuthNote(CODE_PATIENT)) || attempts(authSession) > MAX_ATTEMPTS) {
            return false;
        }
        boolean proves = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), hash(code.strip()).getBytes(StandardCharsets.UTF_8));
        if (proves) {
            // Single use: the same code cannot link twice.
            authSession.removeAuthNote(CODE_HASH);
        }
        return proves;
    }

    private static int attempts(AuthenticationSessionModel authSession) {
        String attempts = authSession.getAuthNote(CODE_ATTEMPTS);
        return attempts == null ? 0 : Integer.parseInt(attempts);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void audit(RequiredActionContext context, OnlineRegistration registration) {
        UserModel user = context.getUser();
        context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(user)
                .detail(Details.CUSTOM_REQUIRED_ACTION, ID)
                .detail("patient_id", registration.patientId())
                .detail("outcome", registration.status().name())
                .success();
    }

    @Override
    public void close() {
    }
}
