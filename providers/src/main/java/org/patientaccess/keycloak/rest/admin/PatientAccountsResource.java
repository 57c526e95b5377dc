package org.patientaccess.keycloak.rest.admin;

import org.patientaccess.keycloak.store.PatientAccessStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

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
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.email.AccessChangeNotifier;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.AccessGrantConflictException;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.core.ConcurrentChangeException;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.NewAccessGrant;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.rest.representation.AccessGrantRepresentation;
import org.patientaccess.keycloak.rest.representation.AccessGrantRequestRepresentation;
import org.patientaccess.keycloak.age.OwnAccountAge;
import org.patientaccess.keycloak.validation.AccessGrantValidator;
import org.patientaccess.keycloak.core.InvalidInputException;

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
    private final AccessGrantStore grants;
    private final Clock clock = KeycloakClock.UTC;

    PatientAccountsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                            AdminEventBuilder adminEvent, PatientRecord patient) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(RESOURCE_TYPE);
        this.patient = patient;
        this.grants = session.getProvider(PatientAccessStore.class).grants();
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
        // An account the caller may not view (fine-grained admin permissions) is shown by its id only.
        return grants.findByPatient(realm, patient.id(), includeEnded).stream()
                .map(grant -> AccessGrantRepresentation.of(grant, viewable(session.users().getUserById(realm, grant.userId())), now))
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
        AccessGrantRequestRepresentation request = RequestBodies.read(body, AccessGrantRequestRepresentation.class);
        AccessGrantValidator.Terms terms = validated(request);
        UserModel user = account(request);
        auth.users().requireManage(user);
        Records.requireActive(patient);
        AccessGrant grant;
        try {
            grant = grants.create(realm, new NewAccessGrant(user.getId(), patient.id(), terms.relationship(),
                    terms.permissions(), GrantOrigin.ADMIN, terms.validUntil(), auth.adminAuth().getUser().getId()));
        } catch (AccessGrantConflictException e) {
            throw ApiErrors.conflict(e.getMessage());
        }
        new AccessChangeNotifier(session, realm).granted(patient, grant);
        adminEvent.operation(OperationType.CREATE).resourcePath(PatientEvents.path(patient.id(), "accounts", grant.id()))
                .detail(PatientEvents.USER_ID, grant.userId())
                .detail(PatientEvents.RELATIONSHIP, grant.relationship().name())
                .success();
        return Response.created(session.getContext().getUri().getAbsolutePathBuilder().path(grant.id()).build())
                .entity(AccessGrantRepresentation.of(grant, user, clock.instant()))
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
        AccessGrant existing = grantOfThisPatient(grantId);
        requireManageHolder(existing);
        AccessGrantRequestRepresentation request = RequestBodies.read(body, AccessGrantRequestRepresentation.class);
        if ((request.getUserId() != null && !request.getUserId().equals(existing.userId())) || request.getEmail() != null) {
            throw ApiErrors.badRequest("userId", "the account of a grant cannot change; end it and create another");
        }
        AccessGrantValidator.Terms terms = validated(request);
        AccessGrant updated;
        try {
            updated = grants.update(realm, grantId, terms.relationship(), terms.permissions(), terms.validUntil())
                    .orElseThrow(() -> ApiErrors.conflict("the grant has ended; create a new one"));
        } catch (AccessGrantConflictException | ConcurrentChangeException e) {
            throw ApiErrors.conflict(e.getMessage());
        }
        adminEvent.operation(OperationType.UPDATE).resourcePath(PatientEvents.path(patient.id(), "accounts", updated.id()))
                .detail(PatientEvents.USER_ID, updated.userId())
                .detail(PatientEvents.RELATIONSHIP, updated.relationship().name())
                .success();
        return AccessGrantRepresentation.of(updated, viewable(session.users().getUserById(realm, updated.userId())), clock.instant());
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
        AccessGrant existing = grantOfThisPatient(grantId);
        requireManageHolder(existing);
        if (existing.revokedAt() == null) {
            try {
                new AccessGrants(session, realm).endByStaff(existing, auth.adminAuth().getUser().getId());
            } catch (ConcurrentChangeException e) {
                throw ApiErrors.conflict(e.getMessage());
            }
            adminEvent.operation(OperationType.DELETE).resourcePath(PatientEvents.path(patient.id(), "accounts", existing.id()))
                    .detail(PatientEvents.USER_ID, existing.userId())
                    .success();
        }
        return Response.noContent().build();
    }

    /** Keycloak's per-user admin permission for the account a grant gives access to (a deleted one has none to check). */
    private void requireManageHolder(AccessGrant grant) {
        UserModel holder = session.users().getUserById(realm, grant.userId());
        if (holder != null) {
            auth.users().requireManage(holder);
        }
    }

    private UserModel viewable(UserModel user) {
        return user != null && auth.users().canView(user) ? user : null;
    }

    private AccessGrant grantOfThisPatient(String grantId) {
        return grants.findById(realm, grantId)
                .filter(grant -> grant.patientId().equals(patient.id()))
                .orElseThrow(() -> ApiErrors.notFound("Access grant not found"));
    }

    private UserModel account(AccessGrantRequestRepresentation request) {
        if (request.getUserId() != null) {
            UserModel user = session.users().getUserById(realm, request.getUserId());
            if (user == null) {
                throw ApiErrors.badRequest("userId", "no account with this id in the realm");
            }
            return user;
        }
        if (request.getEmail() != null) {
            UserModel user = session.users().getUserByEmail(realm, request.getEmail().strip());
            if (user == null) {
                throw ApiErrors.badRequest("email", "no account with this email in the realm; invite the person instead");
            }
            return user;
        }
        throw ApiErrors.badRequest("userId", "userId or email is required");
    }

    private AccessGrantValidator.Terms validated(AccessGrantRequestRepresentation request) {
        AccessGrantValidator.Result result = new AccessGrantValidator(clock).validate(request);
        if (!result.isValid()) {
            throw ApiErrors.badRequest(result.errors());
        }
        try {
            OwnAccountAge.requireOldEnough(realm, patient, result.terms().relationship());
        } catch (InvalidInputException e) {
            throw ApiErrors.badRequest(e);
        }
        return result.terms();
    }

}
