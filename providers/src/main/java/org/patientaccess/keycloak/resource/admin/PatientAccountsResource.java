package org.patientaccess.keycloak.resource.admin;

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

import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.model.KeycloakClock;
import org.patientaccess.keycloak.email.AccessChangeNotifier;
import org.patientaccess.keycloak.model.AccessGrant;
import org.patientaccess.keycloak.model.AccessGrantConflictException;
import org.patientaccess.keycloak.model.AccessGrantProvider;
import org.patientaccess.keycloak.model.ConcurrentChangeException;
import org.patientaccess.keycloak.model.GrantOrigin;
import org.patientaccess.keycloak.model.NewAccessGrant;
import org.patientaccess.keycloak.model.PatientRecord;
import org.patientaccess.keycloak.resource.representation.AccessGrantRepresentation;
import org.patientaccess.keycloak.resource.representation.AccessGrantRequestRepresentation;
import org.patientaccess.keycloak.validation.AccessGrantValidator;

/**
 * The accounts that may act for one patient (the "User accounts" tab):
 * {@code /admin/realms/{realm}/patient-access/patients/{id}/accounts}. A grant id answers only under
 * the patient it belongs to.
 */
public class PatientAccountsResource {

    static final String RESOURCE_TYPE = "PATIENT_ACCESS_GRANT";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final PatientRecord patient;
    private final AccessGrantProvider grants;
    private final Clock clock = KeycloakClock.UTC;

    PatientAccountsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                            AdminEventBuilder adminEvent, PatientRecord patient) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(RESOURCE_TYPE);
        this.patient = patient;
        this.grants = session.getProvider(AccessGrantProvider.class);
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AccessGrantRepresentation> list(@QueryParam("includeEnded") boolean includeEnded) {
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
    public Response create(String body) {
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
    public AccessGrantRepresentation update(@PathParam("grantId") String grantId, String body) {
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
        return result.terms();
    }

}
