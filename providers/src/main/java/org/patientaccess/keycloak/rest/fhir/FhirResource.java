package org.patientaccess.keycloak.rest.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCWellKnownProviderFactory;
import org.keycloak.protocol.oidc.representations.OIDCConfigurationRepresentation;
import org.keycloak.services.cors.Cors;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.util.CacheControlUtil;
import org.keycloak.util.JsonSerialization;
import org.keycloak.wellknown.WellKnownProvider;
import org.patientaccess.keycloak.core.UnknownIdException;
import org.patientaccess.keycloak.fhir.FhirAccess;
import org.patientaccess.keycloak.fhir.FhirBase;
import org.patientaccess.keycloak.fhir.SmartConfiguration;
import org.patientaccess.keycloak.fhir.SmartScopes;
import org.patientaccess.keycloak.fhir.TokenPatients;
import org.patientaccess.keycloak.tokens.SelectedPatient;

/**
 * The realm's FHIR base, {@code /realms/{realm}/patient-access/fhir} ({@code fhir.FhirBase}): what
 * SMART on FHIR apps call. SMART discovery, and the read-only FHIR R4 view of who acts for whom
 * (docs/fhir.md): {@code metadata}, Patient, RelatedPerson and Consent, read and searched with a SMART
 * app's bearer token. What the token may see is {@link FhirAccess}'s; this class reads the request,
 * checks the token's scopes and writes FHIR JSON. Left out of our OpenAPI document: SMART App Launch
 * and FHIR define these answers, and apps discover them the FHIR way (the CapabilityStatement).
 */
public class FhirResource {

    static final String FHIR_JSON = "application/fhir+json;charset=utf-8";
    private static final String[] CORS_METHODS = {"GET", "OPTIONS"};
    /** {@code _format} values that ask for what this server writes; any other (XML, Turtle) is refused. */
    private static final Set<String> JSON_FORMATS = Set.of("json", "application/json", "application/fhir+json");

    private final KeycloakSession session;
    private final RealmModel realm;

    public FhirResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    /**
     * SMART App Launch discovery: the realm's authorization server, scopes and capabilities. Public and
     * open to every origin, as Keycloak's own OpenID Connect discovery is: an app reads it before it has
     * a token, from any page.
     */
    @GET
    @Path(".well-known/smart-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response smartConfiguration() {
        return Cors.builder().allowAllOrigins().allowedMethods(CORS_METHODS)
                .add(Response.ok(SmartConfiguration.of(session)).cacheControl(CacheControlUtil.noCache()));
    }

    @OPTIONS
    @Path(".well-known/smart-configuration")
    @Operation(hidden = true)
    public Response smartConfigurationPreflight() {
        return Cors.builder().allowAllOrigins().allowedMethods(CORS_METHODS).preflight().add(Response.ok());
    }

    @GET
    @Path("metadata")
    @Operation(hidden = true)
    public Response metadata() {
        Cors.builder().allowAllOrigins().allowedMethods(CORS_METHODS).add();
        return answer(() -> {
            requireJsonFormat();
            OIDCConfigurationRepresentation oidc = (OIDCConfigurationRepresentation) session
                    .getProvider(WellKnownProvider.class, OIDCWellKnownProviderFactory.PROVIDER_ID).getConfig();
            return ok(FhirCapabilityStatement.of(base(), oidc));
        });
    }

    @GET
    @Path("Patient/{id}")
    @Operation(hidden = true)
    public Response readPatient(@PathParam("id") String id) {
        return answer(() -> ok(FhirPatient.of(caller(FhirPatient.TYPE, SmartScopes.Interaction.READ).patient(id))));
    }

    @GET
    @Path("Patient")
    @Operation(hidden = true)
    public Response searchPatients() {
        return answer(() -> {
            FhirAccess access = caller(FhirPatient.TYPE, SmartScopes.Interaction.SEARCH);
            Map<String, List<String>> search = search(FhirPatient.TYPE, "_id");
            List<FhirAccess.Visible> found = search.containsKey("_id") ? access.patients(search.get("_id")) : access.patients();
            return ok(FhirBundle.searchset(self(FhirPatient.TYPE, search), base(), found.stream().map(FhirPatient::of).toList()));
        });
    }

    @GET
    @Path("RelatedPerson/{id}")
    @Operation(hidden = true)
    public Response readRelatedPerson(@PathParam("id") String id) {
        return answer(() -> ok(FhirRelatedPerson.of(caller(FhirRelatedPerson.TYPE, SmartScopes.Interaction.READ).relation(id))));
    }

    @GET
    @Path("RelatedPerson")
    @Operation(hidden = true)
    public Response searchRelatedPersons() {
        return answer(() -> searchRelations(FhirRelatedPerson.TYPE, FhirAccess::activeRelations, FhirRelatedPerson::of));
    }

    @GET
    @Path("Consent/{id}")
    @Operation(hidden = true)
    public Response readConsent(@PathParam("id") String id) {
        return answer(() -> ok(FhirConsent.of(caller(FhirConsent.TYPE, SmartScopes.Interaction.READ).relation(id))));
    }

    @GET
    @Path("Consent")
    @Operation(hidden = true)
    public Response searchConsents() {
        return answer(() -> searchRelations(FhirConsent.TYPE, FhirAccess::allRelations, FhirConsent::of));
    }

    /** The CORS preflight of a browser app calling with its token; the answer then carries CORS headers for the token's client. */
    @OPTIONS
    @Path("{any:.*}")
    @Operation(hidden = true)
    public Response preflight() {
        return Cors.builder().auth().allowedMethods(CORS_METHODS).preflight().add(Response.ok());
    }

    /** RelatedPerson or Consent of the patients named by {@code patient}, or of every visible patient without it. */
    private Response searchRelations(String type, RelationsOf relationsOf, Function<FhirAccess.Relation, ? extends FhirBundle.Resource> resource) {
        FhirAccess access = caller(type, SmartScopes.Interaction.SEARCH);
        Map<String, List<String>> search = search(type, "patient");
        List<String> patientIds = search.containsKey("patient")
                ? search.get("patient").stream().map(FhirResource::patientId).toList()
                : access.patients().stream().map(visible -> visible.record().id()).toList();
        List<FhirBundle.Resource> found = new ArrayList<>();
        patientIds.stream().distinct().forEach(patientId -> relationsOf.of(access, patientId).stream().map(resource).forEach(found::add));
        return ok(FhirBundle.searchset(self(type, search), base(), found));
    }

    @FunctionalInterface
    private interface RelationsOf {
        List<FhirAccess.Relation> of(FhirAccess access, String patientId);
    }

    /** A reference search value: {@code id}, {@code Patient/id} or the absolute URL of it. */
    private static String patientId(String reference) {
        int slash = reference.lastIndexOf('/');
        return slash < 0 ? reference : reference.substring(slash + 1);
    }

    /**
     * The search's parameters this server understands, their comma-separated values split. Others are
     * ignored, as FHIR servers do by default, unless the client asks for {@code Prefer: handling=strict}:
     * then they are refused (400), so that a client relying on a filter never gets an unfiltered answer.
     */
    private Map<String, List<String>> search(String type, String understood) {
        requireJsonFormat();
        MultivaluedMap<String, String> query = session.getContext().getUri().getQueryParameters();
        List<String> unknown = query.keySet().stream().filter(name -> !name.equals(understood) && !name.equals("_format")).sorted().toList();
        if (!unknown.isEmpty() && strict()) {
            throw new FhirRefusal(Response.Status.BAD_REQUEST, "not-supported",
                    "Unknown search parameter of " + type + " (this server understands " + understood + "): " + String.join(", ", unknown));
        }
        Map<String, List<String>> search = new LinkedHashMap<>();
        if (query.containsKey(understood)) {
            search.put(understood, query.get(understood).stream()
                    .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(value -> !value.isEmpty()).toList());
        }
        return search;
    }

    private boolean strict() {
        List<String> prefer = session.getContext().getRequestHeaders().getRequestHeader("Prefer");
        return prefer != null && prefer.stream().flatMap(value -> Arrays.stream(value.split("[,;]"))).map(String::strip)
                .anyMatch("handling=strict"::equalsIgnoreCase);
    }

    private void requireJsonFormat() {
        String format = session.getContext().getUri().getQueryParameters().getFirst("_format");
        if (format != null && !JSON_FORMATS.contains(format.strip().split(";")[0].strip())) {
            throw new FhirRefusal(Response.Status.NOT_ACCEPTABLE, "not-supported", "This server answers in JSON only (_format=json)");
        }
    }

    /** The search as understood: the self link of its Bundle. */
    private String self(String type, Map<String, List<String>> search) {
        String query = search.entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + String.join(",", parameter.getValue().stream()
                        .map(value -> URLEncoder.encode(value, StandardCharsets.UTF_8)).toList()))
                .collect(Collectors.joining("&"));
        return base() + "/" + type + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * The caller of a read or search, from a bearer access token of the realm that allows it (SMART v2
     * patient scopes), with the patients the token speaks for: only the chosen one when the client
     * session has one. No token or a bad one: 401; a token without the scope: 403.
     */
    private FhirAccess caller(String type, SmartScopes.Interaction interaction) {
        requireJsonFormat();
        AuthenticationManager.AuthResult auth;
        try {
            auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        } catch (NotAuthorizedException malformed) {
            auth = null;
        }
        if (auth == null) {
            throw new FhirRefusal(Response.Status.UNAUTHORIZED, "login", "A valid bearer access token of the realm is required");
        }
        Cors.builder().checkAllowedOrigins(auth.token()).allowedMethods(CORS_METHODS).auth().add();
        if (!SmartScopes.allow(auth.token().getScope(), type, interaction)) {
            throw new FhirRefusal(Response.Status.FORBIDDEN, "forbidden",
                    "The token's scopes do not allow this; it needs " + SmartScopes.needed(type, interaction)
                            + " (or patient/" + type + ".rs, patient/*.rs)");
        }
        AuthenticatedClientSessionModel clientSession = auth.session().getAuthenticatedClientSessionByClient(auth.client().getId());
        SelectedPatient.Binding binding = SelectedPatient.of(session, realm, auth.user(), clientSession);
        TokenPatients patients = binding instanceof SelectedPatient.Current current ? TokenPatients.only(current.patientId())
                : binding instanceof SelectedPatient.Ended ? TokenPatients.noneLeft() : TokenPatients.all();
        return new FhirAccess(session, realm, auth.user(), patients);
    }

    private String base() {
        return FhirBase.of(session, realm);
    }

    /** Runs a read; every refusal, the rules' or this API's, is an OperationOutcome. */
    private Response answer(Supplier<Response> read) {
        try {
            return read.get();
        } catch (UnknownIdException unknown) {
            return fhir(Response.Status.NOT_FOUND, FhirOperationOutcome.error("not-found", unknown.getMessage()), null);
        } catch (FhirRefusal refusal) {
            return fhir(refusal.status, FhirOperationOutcome.error(refusal.code, refusal.getMessage()),
                    refusal.status == Response.Status.UNAUTHORIZED ? "Bearer" : null);
        }
    }

    private static Response ok(Object resource) {
        return fhir(Response.Status.OK, resource, null);
    }

    /** FHIR JSON that no cache keeps: every answer but metadata is personal. */
    private static Response fhir(Response.Status status, Object body, String wwwAuthenticate) {
        Response.ResponseBuilder response = Response.status(status).type(FHIR_JSON).header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (wwwAuthenticate != null) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate);
        }
        try {
            return response.entity(JsonSerialization.mapper.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("FHIR JSON could not be written", e);
        }
    }

    /** A request this API refuses before asking the rules: an OperationOutcome with this status and issue code. */
    private static final class FhirRefusal extends RuntimeException {

        private final Response.Status status;
        private final String code;

        FhirRefusal(Response.Status status, String code, String diagnostics) {
            super(diagnostics);
            this.status = status;
            this.code = code;
        }
    }
}
