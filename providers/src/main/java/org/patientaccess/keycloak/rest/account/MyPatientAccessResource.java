package org.patientaccess.keycloak.rest.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import org.keycloak.services.cors.Cors;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.Assent;
import org.patientaccess.keycloak.core.ConflictException;
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.UnknownIdException;
import org.patientaccess.keycloak.history.MyActivity;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.invitations.InvitationAnswers;
import org.patientaccess.keycloak.invitations.Invitations;
import org.patientaccess.keycloak.lifecycle.Assents;
import org.patientaccess.keycloak.records.PatientRecords;
import org.patientaccess.keycloak.registrations.Dependents;
import org.patientaccess.keycloak.rest.admin.ApiErrors;
import org.patientaccess.keycloak.rest.representation.ContactRepresentation;
import org.patientaccess.keycloak.rest.representation.EmailConfirmationRepresentation;
import org.patientaccess.keycloak.rest.representation.FormatsRepresentation;
import org.patientaccess.keycloak.rest.representation.MyAccountGrantRepresentation;
import org.patientaccess.keycloak.rest.representation.MyActivityPersonRepresentation;
import org.patientaccess.keycloak.rest.representation.MyInvitationRepresentation;
import org.patientaccess.keycloak.rest.representation.MyPatientRepresentation;
import org.patientaccess.keycloak.rest.representation.PatientRepresentation;
import org.patientaccess.keycloak.rest.representation.StrictJson;
import org.patientaccess.keycloak.setup.PatientAccessClientScope;

/**
 * The signed-in person's side of delegated access: {@code /realms/{realm}/patient-access/me}, called
 * with a bearer access token of the realm. Every grant id is checked against the caller.
 */
@Tag(name = "My patient access")
public class MyPatientAccessResource {

    private static final String[] CORS_METHODS = {"GET", "POST", "PUT", "DELETE", "OPTIONS"};

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AccessGrants access;
    private final PatientRecords records;
    private final Invitations invitations;
    private ClientModel client;

    public MyPatientAccessResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.access = new AccessGrants(session, realm);
        this.records = new PatientRecords(session, realm);
        this.invitations = new Invitations(session, realm);
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
        return access.heldBy(me).stream()
                .map(held -> MyPatientRepresentation.of(held.grant(), held.patient(), access.endsOn(held.grant(), held.patient())))
                .toList();
    }

    /** How the clinic's phone numbers and dates are written: its region. */
    @GET
    @Path("formats")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "myClinicFormats", summary = "How the clinic's phone numbers and dates are written")
    @APIResponse(responseCode = "200", description = "The clinic's region.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FormatsRepresentation.class)))
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    public FormatsRepresentation formats() {
        signedInUser();
        return new FormatsRepresentation(records.defaultPhoneRegion());
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
    @APIResponse(responseCode = "409", description = "I act for as many dependents as an account may add (the realm's "
            + "`patientAccess.maxDependentsPerAccount`, 10 by default; `field` is `dependents`); nothing was added.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "429", description = "I added as many dependents as an account may in a day (the realm's "
            + "`patientAccess.maxDependentsPerDay`, 10 by default; `field` is `dependents`); nothing was added.",
            headers = @Header(name = "Retry-After", description = "Seconds until another may be added.", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response addDependent(@RequestBody(required = true, description = "The dependent: firstName, lastName and birthDate required; email and phone optional.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientRepresentation.class))) String body) {
        UserModel me = signedInUser();
        PatientRepresentation input = StrictJson.read(body, PatientRepresentation.class);
        AccessGrant grant = new Dependents(session, realm).add(me, input.input());
        event(EventType.GRANT_CONSENT, me, "add_dependent", grant);
        PatientRecord record = records.get(grant.patientId());
        return Response.status(Response.Status.CREATED).entity(MyPatientRepresentation.of(grant, record, access.endsOn(grant, record))).build();
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
        AccessGrant ended = access.leave(me, grantId);
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
        ContactRepresentation input = StrictJson.read(body, ContactRepresentation.class);
        PatientRecords.ContactCorrection correction = records.correctContact(me, grantId, input.email(), input.phone());
        if (!correction.changedFields().isEmpty()) {
            eventBuilder(EventType.UPDATE_PROFILE, me, "correct_contact", correction.grant())
                    .detail(PatientEvents.FIELDS, String.join(",", correction.changedFields()))
                    .success();
        }
        return MyPatientRepresentation.of(correction.grant(), correction.after(), access.endsOn(correction.grant(), correction.after()));
    }

    /**
     * Confirms, on my own record, the email someone acting for me put there: from now on it is mine,
     * and may prove who I am when I register or am invited as myself.
     */
    @POST
    @Path("patients/{grantId}/email-confirmation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmMyEmail", summary = "Confirm the email someone acting for me put on my own record")
    @APIResponse(responseCode = "200", description = "Confirmed: my own record, its email mine.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyPatientRepresentation.class)))
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "404", description = "No active grant of mine on my own record (SELF) with this id.")
    @APIResponse(responseCode = "409", description = "The record has no email, is not active, or its email is not the one I confirm (`field` `email`).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public MyPatientRepresentation confirmEmail(@PathParam("grantId") String grantId,
            @RequestBody(description = "The email I read and confirm (`email`); when given, nothing is confirmed if the record's is another.",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmailConfirmationRepresentation.class)))
            String body) {
        UserModel me = signedInUser();
        String seen = body == null || body.isBlank() ? null : StrictJson.read(body, EmailConfirmationRepresentation.class).email();
        AccessGrant grant = records.confirmOwnEmail(me, grantId, seen);
        event(EventType.UPDATE_PROFILE, me, "confirm_email", grant);
        PatientRecord record = records.get(grant.patientId());
        return MyPatientRepresentation.of(grant, record, access.endsOn(grant, record));
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
        List<AccessGrant> grants = access.actingFor(me);
        Map<String, Assent> assents = new Assents(session, realm).inForce(grants);
        return grants.stream().map(grant -> accountGrant(grant, Optional.ofNullable(assents.get(grant.id())))).toList();
    }

    /** An account acting for my own record, with what the age band withheld and my say on it. */
    MyAccountGrantRepresentation accountGrant(AccessGrant grant, Optional<Assent> assent) {
        Assents assents = new Assents(session, realm);
        return MyAccountGrantRepresentation.of(grant, session.users().getUserById(realm, grant.userId()), access.mayRevokeOnOwnRecord(grant),
                access.endsOn(grant), new MyAccountGrantRepresentation.Say(assent, assents.mayAssent(grant), assents.latestUntil()));
    }

    /** My assent on a parent's or guardian's access to my own record: give or renew it, withdraw it. */
    @Path("accounts/{grantId}/assent")
    public MyAssentResource assent() {
        return new MyAssentResource(session, this);
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
        AccessGrant ended = access.revokeOnOwnRecord(me, grantId);
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
        return invitations.waitingFor(me).stream().map(pending -> MyInvitationRepresentation.of(pending.invitation(), pending.patient())).toList();
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
        Invitations.Pending pending = invitations.waitingFor(me, invitationId);
        InvitationAnswers.Answer answer = answer(me, pending, InvitationStatus.ACCEPTED);
        AccessGrant grant = ((InvitationAnswers.Accepted) answer).grant();
        return MyPatientRepresentation.of(grant, pending.patient(), access.endsOn(grant, pending.patient()));
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
        answer(me, invitations.waitingFor(me, invitationId), InvitationStatus.DECLINED);
        return Response.noContent().build();
    }

    /** Answers the invitation; a refusal is the same as from its link's page, said in the API's words. */
    private InvitationAnswers.Answer answer(UserModel me, Invitations.Pending pending, InvitationStatus decision) {
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection()).client(client);
        InvitationAnswers.Answer answer = new InvitationAnswers(session, realm).answer(me, pending.invitation(), pending.patient(), decision, event);
        if (answer instanceof InvitationAnswers.Refused refused) {
            throw switch (refused.reason()) {
                case InvitationAnswers.OWNED_BY_ANOTHER, InvitationAnswers.CLASH ->
                        new ConflictException("another account already acts for this patient as its own account; ask the clinic");
                case InvitationAnswers.TOO_EARLY ->
                        new ConflictException("the patient is not yet old enough for an account of their own at this clinic; ask the clinic");
                default -> new UnknownIdException("No pending invitation with this id for your email");
            };
        }
        return answer;
    }

    /** The people whose activity I may read: myself first, then those I act for as parent or guardian with VIEW. */
    @GET
    @Path("activity")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listMyActivityPeople", summary = "The people whose activity I may read: myself, and those I act for as parent or guardian with VIEW")
    @APIResponse(responseCode = "200", description = "Each with my grant's id, the id of .../patients/{grantId}/activity.")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    public List<MyActivityPersonRepresentation> activityPeople() {
        return new MyActivity(session, realm).readableBy(signedInUser()).stream().map(MyActivityPersonRepresentation::of).toList();
    }

    /** What was done in the name of one of them. */
    @Path("patients/{grantId}/activity")
    public MyActivityResource activity(@PathParam("grantId") String grantId) {
        return new MyActivityResource(session, this::signedInUser, this::preflight, grantId);
    }

    /** The temporary carers of a patient I act for: {@link MyCarersResource}, which checks the grant is mine. */
    @Path("patients/{grantId}/carers")
    public MyCarersResource carers(@PathParam("grantId") String grantId) {
        return new MyCarersResource(session, realm, this, grantId);
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
    UserModel signedInUser() {
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

    /** The client of the caller's token, once {@link #signedInUser} read it. */
    ClientModel client() {
        return client;
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
