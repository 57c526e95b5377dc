package org.patientaccess.keycloak.rest.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.Assent;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.lifecycle.Assents;
import org.patientaccess.keycloak.rest.representation.AccessGrantRepresentation;
import org.patientaccess.keycloak.rest.representation.AccessGrantRequestRepresentation;
import org.patientaccess.keycloak.rest.representation.StrictJson;

/**
 * The accounts that may act for one patient (the "User accounts" tab):
 * {@code /admin/realms/{realm}/patient-access/patients/{id}/accounts}. A grant id answers only under
 * the patient it belongs to.
 */
@Tag(name = "Access grants")
public class PatientAccountsResource {

    static final String RESOURCE_TYPE = "PATIENT_ACCESS_GRANT";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final PatientRecord patient;
    private final AccessGrants grants;
    private final Clock clock = KeycloakClock.UTC;

    PatientAccountsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                            AdminEventBuilder adminEvent, PatientRecord patient) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(RESOURCE_TYPE);
        this.patient = patient;
        this.grants = new AccessGrants(session, realm);
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPatientAccounts", summary = "The accounts that may act for the patient (the \"User accounts\" tab)")
    @APIResponse(responseCode = "200", description = "The grants, newest first.")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    public List<AccessGrantRepresentation> list(@QueryParam("includeEnded")
                                                @Parameter(description = "Also list revoked and lapsed grants (the history).",
                                                        schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                                                boolean includeEnded) {
        auth.users().requireView();
        Instant now = clock.instant();
        Actors accounts = new Actors(session, realm, Actor.staff(auth));
        List<AccessGrant> listed = grants.ofPatient(patient, includeEnded);
        Map<String, Assent> assents = new Assents(session, realm).inForce(listed);
        return listed.stream()
                .map(grant -> AccessGrantRepresentation.of(grant, accounts.viewable(grant.userId()), now, assents.get(grant.id())))
                .toList();
    }

    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPatientAccount", summary = "Give an existing account access to the patient", description = """
            The account is named by `userId` or by the `email` of an existing account (to reach someone
            without an account, invite them). The patient's own account (SELF grant), if any, is told by email.
            """)
    @APIResponse(responseCode = "201", description = "Granted; Location names the grant.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessGrantRepresentation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    @APIResponse(responseCode = "409", description = "The account already has access, the record already has a SELF account, "
            + "or the patient is archived or merged (then `params` names the survivor).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccessGrantRequestRepresentation.class))) String body) {
        auth.users().requireManage();
        AccessGrantRequestRepresentation request = StrictJson.read(body, AccessGrantRequestRepresentation.class);
        AccessGrant grant = grants.give(patient, request.getUserId(), request.getEmail(), request.terms(), Actor.staff(auth));
        adminEvent.operation(OperationType.CREATE).resourcePath(PatientEvents.path(patient.id(), "accounts", grant.id()))
                .detail(PatientEvents.USER_ID, grant.userId())
                .detail(PatientEvents.RELATIONSHIP, grant.relationship().name())
                .success();
        return Response.created(session.getContext().getUri().getAbsolutePathBuilder().path(grant.id()).build())
                .entity(AccessGrantRepresentation.of(grant, session.users().getUserById(realm, grant.userId()), clock.instant(), null))
                .build();
    }

    /** Changes relationship, permissions and validUntil; the account of a grant never changes. */
    @PUT
    @Path("{grantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePatientAccount", summary = "Change a grant's relationship, permissions and validUntil")
    @APIResponse(responseCode = "200", description = "The changed grant.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", description = "No such patient, or no grant with this id on it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "409", description = "The grant has ended, the record already has a SELF account, or another request "
            + "changed or ended the grant at the same moment (its optimistic lock); nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public AccessGrantRepresentation update(@PathParam("grantId") String grantId,
                                            @RequestBody(required = true, description = "`userId` and `email` cannot change.",
                                                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                            schema = @Schema(implementation = AccessGrantRequestRepresentation.class))) String body) {
        auth.users().requireManage();
        AccessGrantRequestRepresentation request = StrictJson.read(body, AccessGrantRequestRepresentation.class);
        AccessGrant updated = grants.change(patient, grantId, request.getUserId(), request.getEmail(), request.terms(), Actor.staff(auth));
        adminEvent.operation(OperationType.UPDATE).resourcePath(PatientEvents.path(patient.id(), "accounts", updated.id()))
                .detail(PatientEvents.USER_ID, updated.userId())
                .detail(PatientEvents.RELATIONSHIP, updated.relationship().name())
                .success();
        return AccessGrantRepresentation.of(updated, new Actors(session, realm, Actor.staff(auth)).viewable(updated.userId()), clock.instant(),
                new Assents(session, realm).inForce(List.of(updated)).get(updated.id()));
    }

    @DELETE
    @Path("{grantId}")
    @Operation(operationId = "endPatientAccount", summary = "End a grant",
            description = "The grant stays in the history as REVOKED; the patient's own account is told by email.")
    @APIResponse(responseCode = "204", description = "Ended (also when it already was).")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", description = "No such patient, or no grant with this id on it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "409", description = "Another request changed the grant at the same moment; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response end(@PathParam("grantId") String grantId) {
        auth.users().requireManage();
        grants.endByStaff(patient, grantId, Actor.staff(auth)).ifPresent(ended ->
                adminEvent.operation(OperationType.DELETE).resourcePath(PatientEvents.path(patient.id(), "accounts", ended.id()))
                        .detail(PatientEvents.USER_ID, ended.userId())
                        .success());
        return Response.noContent().build();
    }

}
