package org.patientaccess.keycloak.rest.account;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.invitations.Invitations;
import org.patientaccess.keycloak.invitations.TemporaryCarers;
import org.patientaccess.keycloak.rest.admin.ApiErrors;
import org.patientaccess.keycloak.rest.representation.CarerGrantRepresentation;
import org.patientaccess.keycloak.rest.representation.CarerInvitationRepresentation;
import org.patientaccess.keycloak.rest.representation.CarerRequestRepresentation;
import org.patientaccess.keycloak.rest.representation.CarersRepresentation;
import org.patientaccess.keycloak.rest.representation.StrictJson;

/**
 * Temporary carers of one record the caller holds a grant on:
 * {@code /realms/{realm}/patient-access/me/patients/{grantId}/carers}. The rules (who may invite, for
 * how long, how many) are {@link TemporaryCarers}'; an invitation to an address with an account and
 * one without are answered alike.
 */
@Tag(name = "My patient access")
public class MyCarersResource {

    private static final String FORBIDDEN = "I may not invite temporary carers for this patient: the patient's own account once of age, "
            + "or a parent or guardian with MANAGE_PROFILE while the patient is a minor, may.";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final MyPatientAccessResource me;
    private final String grantId;
    private final TemporaryCarers carers;

    MyCarersResource(KeycloakSession session, RealmModel realm, MyPatientAccessResource me, String grantId) {
        this.session = session;
        this.realm = realm;
        this.me = me;
        this.grantId = grantId;
        this.carers = new TemporaryCarers(session, realm);
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listMyPatientCarers", summary = "The temporary carers of a patient I may invite them for")
    @APIResponse(responseCode = "200", description = "Invitations waiting for an answer, and carers with access, newest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarersRepresentation.class)))
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "404", description = "No active grant of mine with this id.")
    public CarersRepresentation list() {
        UserModel caller = me.signedInUser();
        TemporaryCarers.Carers found = carers.of(caller, grantId);
        return new CarersRepresentation(found.inviter().patient().id(), found.inviter().patient().details().firstName(),
                carers.furthestLastDay().toString(),
                found.invitations().stream().map(invitation -> invitation(invitation, caller)).toList(),
                found.grants().stream().map(grant -> CarerGrantRepresentation.of(grant, session.users().getUserById(realm, grant.userId()),
                        carers.lastDay(grant.validUntil()), caller.getId())).toList());
    }

    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteMyPatientCarer", summary = "Invite a temporary carer (BOOK only, until a day at most 90 days ahead)", description = """
            Emails an invitation to book for the patient, as CAREGIVER with BOOK only, until the given day
            (included). The patient's own account and parents and guardians other than me are told. The answer
            is the same whether or not an account has the address. If the mail cannot be sent, the invitation is
            kept and the answer is 502; resend it later.
            """)
    @APIResponse(responseCode = "201", description = "Invited and emailed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarerInvitationRepresentation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "404", description = "No active grant of mine with this id.")
    @APIResponse(responseCode = "409", description = "The patient has as many temporary carers as the clinic allows (the realm's "
            + "`patientAccess.maxTemporaryCarersPerRecord`, 5 by default), or I have as many invitations waiting as an account may "
            + "(`patientAccess.maxCarerInvitationsPerAccount`, 10 by default); `field` is `carers`. Nothing was sent.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "502", description = "The email could not be sent; the invitation is kept, to be resent.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response invite(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CarerRequestRepresentation.class))) String body) {
        UserModel caller = me.signedInUser();
        CarerRequestRepresentation request = StrictJson.read(body, CarerRequestRepresentation.class);
        Invitations.Sent sent = carers.invite(caller, grantId, request.email(), day(request.until()));
        event(EventType.GRANT_CONSENT, caller, "invite_carer", sent.invitation().patientId())
                .detail(PatientEvents.INVITATION_ID, sent.invitation().id())
                .success();
        return answer(sent, caller, Response.Status.CREATED);
    }

    @POST
    @Path("invitations/{invitationId}/resend")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resendMyPatientCarerInvitation", summary = "Send a temporary carer's invitation again, with a new link; older links die")
    @APIResponse(responseCode = "200", description = "Sent.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarerInvitationRepresentation.class)))
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "404", description = "No active grant of mine with this id, or no temporary carer's invitation with this id on its patient.")
    @APIResponse(responseCode = "409", description = "The invitation was answered or withdrawn, or the access it offers has ended; nothing was sent.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "429", description = "Sent too recently; nothing was sent.",
            headers = @Header(name = "Retry-After", description = "Seconds until a resend is allowed.", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "502", description = "The email could not be sent; the invitation is kept, to be resent.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response resend(@PathParam("invitationId") String invitationId) {
        UserModel caller = me.signedInUser();
        Invitations.Sent sent = carers.resend(caller, grantId, invitationId);
        event(EventType.GRANT_CONSENT, caller, "resend_carer_invitation", sent.invitation().patientId())
                .detail(PatientEvents.INVITATION_ID, invitationId)
                .success();
        return answer(sent, caller, Response.Status.OK);
    }

    @DELETE
    @Path("invitations/{invitationId}")
    @Operation(operationId = "withdrawMyPatientCarerInvitation", summary = "Withdraw a temporary carer's invitation; every link of it dies")
    @APIResponse(responseCode = "204", description = "Withdrawn (also when it already was).")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "404", description = "No active grant of mine with this id, or no temporary carer's invitation with this id on its patient.")
    @APIResponse(responseCode = "409", description = "The invitation was accepted or declined; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response withdraw(@PathParam("invitationId") String invitationId) {
        UserModel caller = me.signedInUser();
        Invitation withdrawn = carers.withdraw(caller, grantId, invitationId);
        event(EventType.REVOKE_GRANT, caller, "withdraw_carer_invitation", withdrawn.patientId())
                .detail(PatientEvents.INVITATION_ID, invitationId)
                .success();
        return Response.noContent().build();
    }

    @DELETE
    @Path("grants/{carerGrantId}")
    @Operation(operationId = "endMyPatientCarer", summary = "End a temporary carer's access before its last day")
    @APIResponse(responseCode = "204", description = "Ended; it takes effect at once.")
    @APIResponse(responseCode = "401", ref = "NotForThisApi")
    @APIResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "404", description = "No active grant of mine with this id, or no temporary carer with this grant id on its patient.")
    @APIResponse(responseCode = "409", description = "Another request changed the grant at the same moment; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response end(@PathParam("carerGrantId") String carerGrantId) {
        UserModel caller = me.signedInUser();
        AccessGrant ended = carers.end(caller, grantId, carerGrantId);
        event(EventType.REVOKE_GRANT, caller, "end_carer", ended.patientId())
                .detail(PatientEvents.GRANT_ID, ended.id())
                .success();
        return Response.noContent().build();
    }

    /** The CORS preflight, as for the rest of {@code /me}: this locator's paths are matched before its catch-all. */
    @OPTIONS
    @Path("{any:.*}")
    @Operation(hidden = true)
    public Response preflight() {
        return me.preflight();
    }

    private static LocalDate day(String until) {
        if (until == null || until.isBlank()) {
            throw new InvalidInputException("until", "until (the last day of access) is required");
        }
        try {
            return LocalDate.parse(until.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("until", "until must be a date, yyyy-mm-dd");
        }
    }

    /** Sent: the invitation; not sent (the mail server failed): 502, the invitation kept for a resend. */
    private Response answer(Invitations.Sent sent, UserModel caller, Response.Status success) {
        CarerInvitationRepresentation invitation = invitation(sent.invitation(), caller);
        if (!sent.mailed()) {
            return Response.status(Response.Status.BAD_GATEWAY)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("errorMessage", "the email could not be sent; the invitation is kept and can be resent later",
                            "invitation", invitation))
                    .build();
        }
        return Response.status(success).entity(invitation).build();
    }

    private CarerInvitationRepresentation invitation(Invitation invitation, UserModel caller) {
        return CarerInvitationRepresentation.of(invitation, carers.lastDay(invitation.accessUntil()), caller.getId());
    }

    /** A user event of the family's change, with ids only: the record's History shows it. */
    private EventBuilder event(EventType type, UserModel caller, String action, String patientId) {
        return new EventBuilder(realm, session, session.getContext().getConnection())
                .event(type)
                .client(me.client())
                .user(caller)
                .detail(PatientEvents.ACTION, action)
                .detail(PatientEvents.PATIENT_ID, patientId);
    }
}
