package org.patientaccess.keycloak.tokens;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperContainerModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.patientaccess.keycloak.core.AccessiblePatient;
import org.patientaccess.keycloak.history.PatientEvents;

/**
 * Asks, at login, which patient the user acts for, when the client was given a client scope holding
 * the {@link SelectedPatientMapper}. The choice is a client-session note that the mapper reads;
 * only a patient the user holds an active grant for can be chosen. With one patient there is nothing
 * to ask, and with none the token simply carries no patient.
 *
 * <p>The trigger looks only at models Keycloak keeps in memory (the client and its scopes), so a
 * login whose client does not ask for a patient costs no query.
 */
public class PatientPickerRequiredAction implements RequiredActionProvider {

    public static final String ID = PatientEvents.PATIENT_PICKER;
    static final String TEMPLATE = "patient-access-select-patient.ftl";
    static final String FIELD = "patient";
    /** The outcomes of the choice's event: picked among several, or the account's one patient, taken without asking. */
    static final String CHOSEN = "CHOSEN";
    static final String ONLY_PATIENT = "ONLY_PATIENT";

    /** Set once the question is settled in this authentication session, so that it is asked once. */
    private static final String DECIDED = "patient-access-patient-decided";

    private final KeycloakSession session;

    public PatientPickerRequiredAction(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (authSession.getAuthNote(DECIDED) == null && asksForPatient(authSession)) {
            authSession.addRequiredAction(ID);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        List<AccessiblePatient> choices = choices(context);
        if (choices.size() <= 1) {
            choose(context, choices.stream().findFirst().orElse(null), ONLY_PATIENT);
            return;
        }
        context.challenge(picker(context, choices, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        List<AccessiblePatient> choices = choices(context);
        String chosen = context.getHttpRequest().getDecodedFormParameters().getFirst(FIELD);
        Optional<AccessiblePatient> patient = choices.stream().filter(choice -> choice.patientId().equals(chosen)).findFirst();
        if (patient.isEmpty()) {
            // A forged or stale value: never trusted, the page is shown again.
            context.challenge(picker(context, choices, "patientAccessPickerInvalid"));
            return;
        }
        choose(context, patient.get(), CHOSEN);
    }

    private List<AccessiblePatient> choices(RequiredActionContext context) {
        return AccessiblePatients.of(session, context.getRealm(), context.getUser());
    }

    private static void choose(RequiredActionContext context, AccessiblePatient patient, String outcome) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(DECIDED, "true");
        // Client notes are copied to the client session when the login completes; an empty one
        // replaces the choice of an earlier login of this client in the same session.
        authSession.setClientNote(SelectedPatient.NOTE, patient == null ? "" : patient.patientId());
        if (patient != null) {
            // The patient's History (and the family's Activity) says who signed in to act for them.
            context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION)
                    .user(context.getUser())
                    .detail(Details.CUSTOM_REQUIRED_ACTION, ID)
                    .detail(PatientEvents.PATIENT_ID, patient.patientId())
                    .detail(PatientEvents.GRANT_ID, patient.grantId())
                    .detail(PatientEvents.OUTCOME, outcome)
                    .success();
        }
        context.success();
    }

    private static Response picker(RequiredActionContext context, List<AccessiblePatient> choices, String error) {
        Locale locale = context.getSession().getContext().resolveLocale(context.getUser());
        var form = context.form().setAttribute("patients", choices.stream().map(patient -> PatientChoice.of(patient, locale)).toList());
        if (error != null) {
            form.setError(error).setStatus(Response.Status.BAD_REQUEST);
        }
        return form.createForm(TEMPLATE);
    }

    /** Whether the client, or a scope it was given on this request, holds the selected-patient mapper. */
    static boolean asksForPatient(AuthenticationSessionModel authSession) {
        ClientModel client = authSession.getClient();
        if (holdsMapper(client)) {
            return true;
        }
        Map<String, ClientScopeModel> optional = client.getClientScopes(false);
        String scopeParam = authSession.getClientNote(OIDCLoginProtocol.SCOPE_PARAM);
        Stream<ClientScopeModel> requested = scopeParam == null ? Stream.empty()
                : Arrays.stream(scopeParam.split(" ")).map(optional::get);
        return Stream.concat(client.getClientScopes(true).values().stream(), requested).anyMatch(PatientPickerRequiredAction::holdsMapper);
    }

    private static boolean holdsMapper(ProtocolMapperContainerModel container) {
        return container != null && !container.getProtocolMapperByType(SelectedPatientMapper.PROVIDER_ID).isEmpty();
    }

    /**
     * What the page shows of a patient: names on the page only, never in a token unless configured.
     * The birth date is written as the consoles write it, with the month's name in the person's language.
     */
    public record PatientChoice(String id, String firstName, String lastName, String birthDate, String relationship) {

        static PatientChoice of(AccessiblePatient patient, Locale locale) {
            return new PatientChoice(patient.patientId(), patient.firstName(), patient.lastName(),
                    patient.birthDate() == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(patient.birthDate()),
                    patient.relationship().name());
        }
    }

    @Override
    public void close() {
    }
}
