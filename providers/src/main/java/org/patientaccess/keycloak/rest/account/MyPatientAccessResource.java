package org.patientaccess.keycloak.rest.account;

import org.patientaccess.keycloak.store.PatientAccessStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.idm.OAuth2ErrorRepresentation;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.cors.Cors;
import org.keycloak.services.managers.AuthenticationManager;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.core.AccessRefusedException;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.invitations.InvitationAnswers;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.core.ConcurrentChangeException;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.store.InvitationStore;
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.store.PatientRecordStore;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.RecordStateException;
import org.patientaccess.keycloak.rest.representation.ContactRepresentation;
import org.patientaccess.keycloak.rest.representation.MyAccountGrantRepresentation;
import org.patientaccess.keycloak.rest.representation.MyInvitationRepresentation;
import org.patientaccess.keycloak.rest.representation.MyPatientRepresentation;
import org.patientaccess.keycloak.rest.representation.PatientRepresentation;
import org.patientaccess.keycloak.registrations.RegistrationLinker;
import org.patientaccess.keycloak.rest.admin.ApiErrors;
import org.patientaccess.keycloak.rest.admin.RequestBodies;
import org.patientaccess.keycloak.setup.PatientAccessClientScope;
import org.patientaccess.keycloak.validation.PatientValidator;

/**
 * The signed-in person's side of delegated access: {@code /realms/{realm}/patient-access/me}, called
 * with a bearer access token of the realm. Every grant id is checked against the caller.
 */
@Tag(name = "My patient access")
public class MyPatientAccessResource {

    private static final String[] CORS_METHODS = {"GET", "POST", "PUT", "DELETE", "OPTIONS"};

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AccessGrantStore grants;
    private final PatientRecordStore patients;
    private final AccessGrants access;
    private final Clock clock = KeycloakClock.UTC;
    private ClientModel client;

    public MyPatientAccessResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.grants = session.getProvider(PatientAccessStore.class).grants();
        this.patients = session.getProvider(PatientAccessStore.class).records();
        this.access = new AccessGrants(session, realm);
    }

    /** The patients I may act for (myself included), with my relationship and permissions. */
    @GET
    @Path("patients")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listMyPatients", summary = "The patients I may act for, myself included")
    @APIResponse(responseCode = "200", description = "Active grants on active records.")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    public List<MyPatientRepresentation> myPatients() {
        UserModel me = signedInUser();
        List<AccessGrant> held = grants.findActiveByUser(realm, me.getId());
        Map<String, PatientRecord> records = patients.findByIds(realm, held.stream().map(AccessGrant::patientId).toList());
        return held.stream()
                .filter(grant -> records.containsKey(grant.patientId()))
                .filter(grant -> records.get(grant.patientId()).status() == PatientStatus.ACTIVE)
                .map(grant -> MyPatientRepresentation.of(grant, records.get(grant.patientId())))
                .toList();
    }

    /**
     * Adds a dependent I care for (names and birth date): a provisional record I act for as GUARDIAN,
     * queued for staff so that a person the clinic already knows is not duplicated.
     */
    @POST
    @Path("dependents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addMyDependent", summary = "Add a dependent I care for (names and birth date required)", description = """
            Creates a provisional record (source ONLINE) I act for as GUARDIAN, and queues it in the
            "Online registrations" with its candidates, so that a person the clinic already knows is
            merged rather than duplicated. Even a certain match is not linked by itself.
            """)
    @APIResponse(responseCode = "201", description = "Added.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyPatientRepresentation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    public Response addDependent(@RequestBody(required = true, description = "The dependent: firstName, lastName and birthDate required; email and phone optional.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientRepresentation.class))) String body) {
        UserModel me = signedInUser();
        PatientRepresentation input = RequestBodies.read(body, PatientRepresentation.class);
        PatientValidator.Result result = PatientValidator.of(session, realm).validate(input);
        if (!result.isValid()) {
            throw ApiErrors.badRequest(result.errors());
        }
        if (result.details().birthDate() == null) {
            throw ApiErrors.badRequest("birthDate", "birthDate is required");
        }
        PatientDetails dependent = new PatientDetails(null, result.details().firstName(), result.details().lastName(),
                result.details().birthDate(), result.details().email(), result.details().phone());
        AccessGrant grant = new RegistrationLinker(session, realm).addDependent(me, dependent);
        event(EventType.GRANT_CONSENT, me, "add_dependent", grant);
        PatientRecord record = patients.findById(realm, grant.patientId()).orElseThrow();
        return Response.status(Response.Status.CREATED).entity(MyPatientRepresentation.of(grant, record)).build();
    }

    /** Leaves a grant I hold: I no longer act for that patient. */
    @DELETE
    @Path("patients/{grantId}")
    @Operation(operationId = "leaveMyGrant", summary = "Leave a grant I hold")
    @APIResponse(responseCode = "204", description = "I no longer act for that patient.")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "404", description = "No active grant of mine with this id.")
    @APIResponse(responseCode = "409", description = "Another request changed the grant at the same moment; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response leave(@PathParam("grantId") String grantId) {
        UserModel me = signedInUser();
        AccessGrant grant = access.heldBy(me, grantId).orElseThrow(NotFoundException::new);
        AccessGrant ended;
        try {
            ended = access.leave(me, grant);
        } catch (ConcurrentChangeException e) {
            throw ApiErrors.conflict(e.getMessage());
        }
        event(EventType.REVOKE_GRANT, me, "leave", ended);
        return Response.noContent().build();
    }

    /**
     * Corrects the email and phone of a record I manage the profile of (MANAGE_PROFILE): recorded as my
     * change in the patient's history, which staff read.
     */
    @PUT
    @Path("patients/{grantId}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctMyPatientContact", summary = "Correct the email and phone of a patient whose profile I manage")
    @APIResponse(responseCode = "200", description = "The record as saved.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyPatientRepresentation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "403", description = "My access to this patient does not include MANAGE_PROFILE.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "404", description = "No active grant of mine with this id.")
    @APIResponse(responseCode = "409", description = "The record is not active, or another request changed it at the same moment; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public MyPatientRepresentation correctContact(@PathParam("grantId") String grantId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContactRepresentation.class))) String body) {
        UserModel me = signedInUser();
        AccessGrant grant = access.heldBy(me, grantId).orElseThrow(NotFoundException::new);
        ContactRepresentation input = RequestBodies.read(body, ContactRepresentation.class);
        PatientValidator.ContactResult contact = PatientValidator.of(session, realm).validateContact(input.email(), input.phone());
        if (!contact.isValid()) {
            throw ApiErrors.badRequest(contact.errors());
        }
        PatientRecord before = patients.findById(realm, grant.patientId()).orElseThrow(NotFoundException::new);
        PatientRecord saved;
        try {
            saved = access.correctContact(grant, contact.email(), contact.phone());
        } catch (AccessRefusedException e) {
            throw ApiErrors.forbidden(e.getMessage());
        } catch (RecordStateException e) {
            throw ApiErrors.recordState(e);
        } catch (ConcurrentChangeException e) {
            throw ApiErrors.conflict(e.getMessage());
        }
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.details().email(), saved.details().email())) {
            changed.add("email");
        }
        if (!Objects.equals(before.details().phone(), saved.details().phone())) {
            changed.add("phone");
        }
        if (!changed.isEmpty()) {
            eventBuilder(EventType.UPDATE_PROFILE, me, "correct_contact", grant)
                    .detail(PatientEvents.FIELDS, String.join(",", changed))
                    .success();
        }
        return MyPatientRepresentation.of(grant, saved);
    }

    /** The accounts that may act for my own record (the one I hold a SELF grant on). */
    @GET
    @Path("accounts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAccountsActingForMe", summary = "The accounts that may act for my own record")
    @APIResponse(responseCode = "200", description = "Active grants of other accounts on the record I hold a SELF grant on.")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    public List<MyAccountGrantRepresentation> accountsActingForMe() {
        UserModel me = signedInUser();
        return access.ownRecordIds(me).stream()
                .flatMap(patientId -> grants.findByPatient(realm, patientId, false).stream())
                .filter(grant -> !grant.userId().equals(me.getId()))
                .map(grant -> MyAccountGrantRepresentation.of(grant, session.users().getUserById(realm, grant.userId()),
                        access.mayRevokeOnOwnRecord(grant)))
                .toList();
    }

    /**
     * Revokes another account's access to my own record: an adult can end a guardian's access to
     * themselves; a minor cannot end a parent's or guardian's (403).
     */
    @DELETE
    @Path("accounts/{grantId}")
    @Operation(operationId = "revokeAccountActingForMe", summary = "Revoke another account's access to my own record",
            description = "An adult can end a guardian's access to themselves; a minor cannot end a parent's or guardian's.")
    @APIResponse(responseCode = "204", description = "Revoked; it takes effect at once.")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "403", description = "I may not end this grant (a minor ending a parent's or guardian's access).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "404", description = "No active grant with this id on my own record.")
    @APIResponse(responseCode = "409", description = "Another request changed the grant at the same moment; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response revoke(@PathParam("grantId") String grantId) {
        UserModel me = signedInUser();
        AccessGrant grant = access.onOwnRecordOf(me, grantId).orElseThrow(NotFoundException::new);
        AccessGrant ended;
        try {
            ended = access.revokeOnOwnRecord(me, grant);
        } catch (AccessRefusedException e) {
            throw ApiErrors.forbidden(e.getMessage());
        } catch (ConcurrentChangeException e) {
            throw ApiErrors.conflict(e.getMessage());
        }
        event(EventType.REVOKE_GRANT, me, "revoke", ended);
        return Response.noContent().build();
    }

    /** Invitations waiting for my (verified) email address; each is accepted through its emailed link. */
    @GET
    @Path("invitations")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listMyInvitations", summary = "Invitations waiting for my verified email address")
    @APIResponse(responseCode = "200", description = "Pending, unexpired invitations; each is accepted through its emailed link.")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    public List<MyInvitationRepresentation> myInvitations() {
        UserModel me = signedInUser();
        if (me.getEmail() == null || !me.isEmailVerified()) {
            return List.of();
        }
        return session.getProvider(PatientAccessStore.class).invitations().findPendingByEmail(realm, me.getEmail()).stream()
                .map(invitation -> patients.findById(realm, invitation.patientId())
                        .filter(patient -> patient.status() == PatientStatus.ACTIVE)
                        .map(patient -> MyInvitationRepresentation.of(invitation, patient))
                        .orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * Accepts an invitation addressed to my verified email from the account console: the email is the
     * proof, as the emailed link is. I then act for the patient.
     */
    @POST
    @Path("invitations/{invitationId}/accept")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptMyInvitation", summary = "Accept an invitation addressed to my verified email")
    @APIResponse(responseCode = "200", description = "Accepted: the patient I now act for.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyPatientRepresentation.class)))
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "404", description = "No pending invitation with this id for my verified email.")
    @APIResponse(responseCode = "409", description = "Accepting would clash with another account's access, or the patient is not yet old enough for "
            + "an own (SELF) account; the invitation stays pending.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public MyPatientRepresentation acceptInvitation(@PathParam("invitationId") String invitationId) {
        UserModel me = signedInUser();
        Invitation invitation = pendingInvitationFor(me, invitationId);
        PatientRecord patient = patients.findById(realm, invitation.patientId()).orElseThrow(NotFoundException::new);
        InvitationAnswers.Answer answer = answer(me, invitation, patient, InvitationStatus.ACCEPTED);
        return MyPatientRepresentation.of(((InvitationAnswers.Accepted) answer).grant(), patient);
    }

    /** Declines an invitation addressed to my verified email; its link then stops working. */
    @POST
    @Path("invitations/{invitationId}/decline")
    @Operation(operationId = "declineMyInvitation", summary = "Decline an invitation addressed to my verified email")
    @APIResponse(responseCode = "204", description = "Declined.")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "404", description = "No pending invitation with this id for my verified email.")
    public Response declineInvitation(@PathParam("invitationId") String invitationId) {
        UserModel me = signedInUser();
        Invitation invitation = pendingInvitationFor(me, invitationId);
        PatientRecord patient = patients.findById(realm, invitation.patientId()).orElseThrow(NotFoundException::new);
        answer(me, invitation, patient, InvitationStatus.DECLINED);
        return Response.noContent().build();
    }

    /**
     * A pending, unexpired invitation to an active record, addressed to my verified email; any other
     * id (another person's, another realm's, a decided one) answers the same 404.
     */
    private Invitation pendingInvitationFor(UserModel me, String invitationId) {
        return session.getProvider(PatientAccessStore.class).invitations().findById(realm, invitationId)
                .filter(invitation -> me.getEmail() != null && me.isEmailVerified() && invitation.email().equalsIgnoreCase(me.getEmail()))
                .filter(invitation -> invitation.statusAt(clock.instant()) == InvitationStatus.PENDING)
                .filter(invitation -> patients.findById(realm, invitation.patientId()).filter(p -> p.status() == PatientStatus.ACTIVE).isPresent())
                .orElseThrow(() -> ApiErrors.notFound("No pending invitation with this id for your email"));
    }

    private InvitationAnswers.Answer answer(UserModel me, Invitation invitation, PatientRecord patient, InvitationStatus decision) {
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection()).client(client);
        InvitationAnswers.Answer answer = new InvitationAnswers(session, realm).answer(me, invitation, patient, decision, event);
        if (answer instanceof InvitationAnswers.Refused refused) {
            throw switch (refused.reason()) {
                case InvitationAnswers.OWNED_BY_ANOTHER, InvitationAnswers.CLASH ->
                        ApiErrors.conflict("another account already acts for this patient as its own account; ask the clinic");
                case InvitationAnswers.TOO_EARLY ->
                        ApiErrors.conflict("the patient is not yet old enough for an account of their own at this clinic; ask the clinic");
                default -> ApiErrors.notFound("No pending invitation with this id for your email");
            };
        }
        return answer;
    }

    /**
     * The CORS preflight of a browser app (a booking app) that calls this API with its token. The
     * answer itself then carries CORS headers for the origins of the token's client.
     */
    @OPTIONS
    @Path("{any:.*}")
    @Operation(hidden = true)
    public Response preflight() {
        return Cors.builder().auth().allowedMethods(CORS_METHODS).preflight().add(Response.ok());
    }

    /**
     * The caller, from a bearer access token of the realm issued for this API (audience
     * {@value PatientAccessClientScope#AUDIENCE}); any other token answers 401. Every answer is
     * personal: no cache may keep it.
     */
    private UserModel signedInUser() {
        session.getContext().getHttpResponse().setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        AuthenticationManager.AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            throw new NotAuthorizedException("Bearer");
        }
        Cors.builder().checkAllowedOrigins(auth.token()).allowedMethods(CORS_METHODS).auth().add();
        if (!PatientAccessClientScope.isFor(auth.token())) {
            throw new NotAuthorizedException(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new OAuth2ErrorRepresentation("invalid_token",
                            "the token is not for this API: ask for the client scope " + PatientAccessClientScope.NAME))
                    .build());
        }
        this.client = auth.client();
        return auth.user();
    }

    /** A user event of the person's own change, with ids only. */
    private void event(EventType type, UserModel me, String action, AccessGrant grant) {
        eventBuilder(type, me, action, grant).success();
    }

    private EventBuilder eventBuilder(EventType type, UserModel me, String action, AccessGrant grant) {
        return new EventBuilder(realm, session, session.getContext().getConnection())
                .event(type)
                .client(client)
                .user(me)
                .detail(PatientEvents.ACTION, action)
                .detail(PatientEvents.GRANT_ID, grant.id())
                .detail(PatientEvents.PATIENT_ID, grant.patientId());
    }
}
