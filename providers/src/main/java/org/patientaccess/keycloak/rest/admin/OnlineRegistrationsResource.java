package org.patientaccess.keycloak.rest.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.OnlineRegistration;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientMerge;
import org.patientaccess.keycloak.core.RegistrationStatus;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.records.PatientRecords;
import org.patientaccess.keycloak.registrations.EmailProof;
import org.patientaccess.keycloak.registrations.RegistrationQueue;
import org.patientaccess.keycloak.rest.representation.MatchResultRepresentation;
import org.patientaccess.keycloak.rest.representation.MergeRequestRepresentation;
import org.patientaccess.keycloak.rest.representation.MergeResultRepresentation;
import org.patientaccess.keycloak.rest.representation.OnlineRegistrationRepresentation;
import org.patientaccess.keycloak.rest.representation.PatientRepresentation;
import org.patientaccess.keycloak.rest.representation.RegistrationLinkingRepresentation;
import org.patientaccess.keycloak.rest.representation.StrictJson;

/**
 * The "Online registrations" queue: {@code /admin/realms/{realm}/patient-access/registrations}.
 * Reading needs view-users, deciding manage-users.
 */
@Tag(name = "Online registrations")
public class OnlineRegistrationsResource {

    static final String RESOURCE_TYPE = "PATIENT_ONLINE_REGISTRATION";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final RegistrationQueue queue;

    public OnlineRegistrationsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(RESOURCE_TYPE);
        this.queue = new RegistrationQueue(session, realm);
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listRegistrations", summary = "The \"Online registrations\" queue, pending first", description = """
            After someone registers online (and verifies their email), the matcher runs. A certain match
            whose email is the account's verified email links by itself (AUTO_LINKED); anything else gets
            a provisional ONLINE record with a SELF grant, so the person can book at once, and waits here
            with its candidates. Every status by default (pending first, then the decided, newest first
            in each); `status` lists one.
            """)
    @APIResponse(responseCode = "200", description = "Registrations with the claimed identity, the record the account acts for now, and the candidates.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    public List<OnlineRegistrationRepresentation> list(
            @QueryParam("status") @Parameter(description = "Only registrations of this status; `any` (the default) lists every status.",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "any")) String status,
            @QueryParam("first") @Parameter(description = "Index of the first result (paging).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String first,
            @QueryParam("max") @Parameter(description = "Page size.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String max) {
        auth.users().requireView();
        RegistrationStatus only = RegistrationStatusParameter.parse(status, null);
        Paging page = Paging.of(first, max);
        Actors actors = new Actors(session, realm, Actor.staff(auth));
        return queue.page(only, page.first(), page.max()).stream().map(entry -> representation(entry, actors)).toList();
    }

    /** One entry of the queue, as the list shows it. */
    @GET
    @Path("{registrationId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRegistration", summary = "One online registration, as the queue lists it")
    @APIResponse(responseCode = "200", description = "The registration with the claimed identity, the record the account acts for now, and the candidates.")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    @APIResponse(ref = "RegistrationNotFound", responseCode = "404")
    public OnlineRegistrationRepresentation get(@PathParam("registrationId") String registrationId) {
        auth.users().requireView();
        return representation(queue.get(registrationId), new Actors(session, realm, Actor.staff(auth)));
    }

    /** How many registrations have a status: PENDING (waiting for staff) by default, or {@code any}. */
    @GET
    @Path("count")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "countRegistrations", summary = "How many online registrations have a status",
            description = "PENDING (waiting for staff) by default; `any` counts every status.")
    @APIResponse(responseCode = "200", description = "The number of registrations.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.INTEGER, format = "int64")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    public long count(@QueryParam("status") @Parameter(description = "A registration status, or `any`.",
            schema = @Schema(type = SchemaType.STRING, defaultValue = "PENDING")) String status) {
        auth.users().requireView();
        return queue.count(RegistrationStatusParameter.parse(status, RegistrationStatus.PENDING));
    }

    /**
     * Whether a registration proven by its verified email may link by itself in this realm, and if
     * not, which of the realm's settings makes the email prove nothing (the queue page says so).
     */
    @GET
    @Path("linking")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registrationLinking", summary = "Whether registrations may link by themselves in this realm, and why not")
    @APIResponse(responseCode = "200", description = "`linksByItself`, and `reasonCode` and `reason` when it is false.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationLinkingRepresentation.class)))
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    public RegistrationLinkingRepresentation linking() {
        auth.users().requireView();
        Optional<EmailProof.Reason> whyNot = EmailProof.whyNot(session, realm);
        return new RegistrationLinkingRepresentation(whyNot.isEmpty(), whyNot.map(Enum::name).orElse(null),
                whyNot.map(EmailProof.Reason::description).orElse(null));
    }

    /** The person is new to the clinic: their provisional record becomes their record. */
    @POST
    @Path("{registrationId}/keep")
    @Operation(operationId = "keepRegistration", summary = "Keep as a new patient (the provisional record is the person's record)")
    @APIResponse(responseCode = "204", description = "Decided.")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(ref = "RegistrationNotFound", responseCode = "404")
    @APIResponse(responseCode = "409", description = "Already decided.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response keepAsNew(@PathParam("registrationId") String registrationId) {
        return decide(registrationId, RegistrationStatus.KEPT_AS_NEW);
    }

    /**
     * The person is already known: their provisional record is merged into the existing one
     * ({@code into}), which their account then acts for.
     */
    @POST
    @Path("{registrationId}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeRegistration",
            summary = "Merge a queued registration's provisional record into an existing record (`into`)")
    @APIResponse(responseCode = "200", description = "Merged; the account now acts for the existing record.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(ref = "RegistrationNotFound", responseCode = "404")
    @APIResponse(responseCode = "409", description = "Already decided, or both records have an account of their own.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public MergeResultRepresentation merge(@PathParam("registrationId") String registrationId,
                                           @RequestBody(required = true, description = "`into` is required.",
                                                   content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                           schema = @Schema(implementation = MergeRequestRepresentation.class))) String body) {
        auth.users().requireManage();
        OnlineRegistration registration = queue.get(registrationId).registration();
        MergeRequestRepresentation request = StrictJson.read(body, MergeRequestRepresentation.class);
        if (request.getInto() == null) {
            throw new InvalidInputException("into", "into (the existing record) is required");
        }
        PatientMerge merge = queue.merge(registrationId, request.getInto(), request.take(), Actor.staff(auth));
        MergeEvents.audit(adminEvent, merge);
        auditDecision(registration, RegistrationStatus.MERGED, merge.id());
        return new MergeResultRepresentation(merge.id(), PatientRepresentation.of(new PatientRecords(session, realm).get(request.getInto())));
    }

    /** Nothing to do (a test account, a duplicate registration): the entry leaves the queue. */
    @POST
    @Path("{registrationId}/dismiss")
    @Operation(operationId = "dismissRegistration", summary = "Dismiss (nothing to do); the entry leaves the queue")
    @APIResponse(responseCode = "204", description = "Decided.")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(ref = "RegistrationNotFound", responseCode = "404")
    @APIResponse(responseCode = "409", description = "Already decided.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response dismiss(@PathParam("registrationId") String registrationId) {
        return decide(registrationId, RegistrationStatus.DISMISSED);
    }

    private Response decide(String registrationId, RegistrationStatus decision) {
        auth.users().requireManage();
        OnlineRegistration registration = queue.get(registrationId).registration();
        queue.decide(registrationId, decision, Actor.staff(auth));
        auditDecision(registration, decision, null);
        return Response.noContent().build();
    }

    /** On the record the registration gave the account (its provisional one unless linked), so that its history finds it. */
    private void auditDecision(OnlineRegistration registration, RegistrationStatus decision, String mergeId) {
        AdminEvents.fresh(adminEvent).resource(RESOURCE_TYPE).operation(OperationType.ACTION)
                .resourcePath(PatientEvents.path(registration.patientId(), "registrations", registration.id()))
                .detail(PatientEvents.DECISION, decision.name())
                .detail(PatientEvents.MERGE_ID, mergeId)
                .success();
    }

    /** The registering account is named by its username only to staff who may view that account. */
    private OnlineRegistrationRepresentation representation(RegistrationQueue.Entry entry, Actors actors) {
        OnlineRegistration registration = entry.registration();
        UserModel account = entry.account() != null && actors.viewable(entry.account().getId()) != null ? entry.account() : null;
        PatientRepresentation claimed = new PatientRepresentation();
        claimed.setFirstName(registration.claimed().firstName());
        claimed.setLastName(registration.claimed().lastName());
        claimed.setBirthDate(registration.claimed().birthDate() == null ? null : registration.claimed().birthDate().toString());
        claimed.setEmail(registration.claimed().email());
        claimed.setPhone(registration.claimed().phone());
        return new OnlineRegistrationRepresentation(
                registration.id(),
                registration.userId(),
                account == null ? null : account.getUsername(),
                registration.status().name(),
                registration.relationship().name(),
                claimed,
                verification(registration),
                entry.current() == null ? null : PatientRepresentation.of(entry.current()),
                entry.candidates().stream()
                        .map(candidate -> new MatchResultRepresentation.Candidate(PatientRepresentation.of(candidate.patient()),
                                candidate.score(), candidate.grade().name().toLowerCase(Locale.ROOT)))
                        .toList(),
                registration.createdAt().toString(),
                actors.of(registration.decidedBy()),
                registration.decidedAt() == null ? null : registration.decidedAt().toString());
    }

    /** Per claimed field: VERIFIED (the registering account's confirmed email) or UNVERIFIED (typed). */
    private static Map<String, String> verification(OnlineRegistration registration) {
        Map<String, String> verification = new LinkedHashMap<>();
        PatientDetails claimed = registration.claimed();
        putIfPresent(verification, "firstName", claimed.firstName(), false);
        putIfPresent(verification, "lastName", claimed.lastName(), false);
        putIfPresent(verification, "birthDate", claimed.birthDate(), false);
        // A person registering has an email only once it is verified; a family types a dependent's.
        putIfPresent(verification, "email", claimed.email(), registration.relationship() == Relationship.SELF);
        putIfPresent(verification, "phone", claimed.phone(), false);
        return verification;
    }

    private static void putIfPresent(Map<String, String> verification, String field, Object value, boolean verified) {
        if (value != null) {
            verification.put(field, verified ? "VERIFIED" : "UNVERIFIED");
        }
    }

}
