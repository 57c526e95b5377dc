package org.patientaccess.keycloak.rest.admin;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.invitations.Invitations;
import org.patientaccess.keycloak.rest.representation.InvitationRepresentation;
import org.patientaccess.keycloak.rest.representation.InvitationRequestRepresentation;
import org.patientaccess.keycloak.rest.representation.StrictJson;

/**
 * Invitations of one patient: {@code /admin/realms/{realm}/patient-access/patients/{id}/invitations}.
 * An invitation id answers only under its own patient. If the mail cannot be sent, the invitation
 * is kept PENDING and the answer is 502, so that staff can resend once mail works.
 */
@Tag(name = "Invitations")
public class PatientInvitationsResource {

    static final String RESOURCE_TYPE = "PATIENT_INVITATION";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final PatientRecord patient;
    private final Invitations invitations;
    private final Clock clock = KeycloakClock.UTC;

    PatientInvitationsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                               AdminEventBuilder adminEvent, PatientRecord patient) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(RESOURCE_TYPE);
        this.patient = patient;
        this.invitations = new Invitations(session, realm);
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listInvitations", summary = "The patient's invitations, newest first, with their status")
    @APIResponse(responseCode = "200", description = "Invitations; `decidedBy`/`decidedByEmail` name the account that accepted or declined.")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotView")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    public List<InvitationRepresentation> list() {
        auth.users().requireView();
        Actors accounts = new Actors(session, realm, Actor.staff(auth));
        return invitations.ofPatient(patient).stream().map(invitation -> representation(invitation, accounts)).toList();
    }

    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "invite", summary = "Invite someone by email to act for the patient", description = """
            Creates a PENDING invitation and sends the themed, localised email with the link. If the mail
            cannot be sent, the invitation is kept PENDING and the answer is 502; resend it once mail works.
            """)
    @APIResponse(responseCode = "201", description = "Invited and emailed; Location names the invitation.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationRepresentation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", ref = "PatientNotFound")
    @APIResponse(responseCode = "409", description = "The patient is archived, or merged (then `params` names the survivor).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(ref = "MailNotSent", responseCode = "502")
    public Response invite(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InvitationRequestRepresentation.class))) String body) {
        auth.users().requireManage();
        InvitationRequestRepresentation request = StrictJson.read(body, InvitationRequestRepresentation.class);
        Invitations.Sent sent = invitations.invite(patient, request.getEmail(), request.terms(), request.getLocale(), Actor.staff(auth));
        adminEvent.operation(OperationType.CREATE).resourcePath(PatientEvents.path(patient.id(), "invitations", sent.invitation().id()))
                .detail(PatientEvents.RELATIONSHIP, sent.invitation().relationship().name())
                .success();
        return answer(sent, Response.Status.CREATED);
    }

    /** A new link: every older one dies. Rate-limited per invitation. */
    @POST
    @Path("{invitationId}/resend")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resendInvitation", summary = "Send a new link (new nonce, new expiry); every older link dies")
    @APIResponse(responseCode = "200", description = "Sent.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationRepresentation.class)))
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", description = "No such patient, or no invitation with this id on it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "409", description = "The invitation was accepted, declined or withdrawn (`errorMessage` names which), "
            + "or another resend won at the same moment; nothing was sent.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "429", description = "Sent too recently; nothing was sent.",
            headers = @Header(name = "Retry-After", description = "Seconds until a resend is allowed.", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(ref = "MailNotSent", responseCode = "502")
    public Response resend(@PathParam("invitationId") String invitationId) {
        auth.users().requireManage();
        Invitations.Sent sent = invitations.resend(patient, invitationId);
        adminEvent.operation(OperationType.ACTION).resourcePath(PatientEvents.path(patient.id(), "invitations", invitationId, "resend"))
                .success();
        return answer(sent, Response.Status.OK);
    }

    /** The current link, for staff to paste into their own email. A capability: manage-users only. */
    @GET
    @Path("{invitationId}/link")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getInvitationLink", summary = "The current link, to paste into the staff member's own email (manage-users only)")
    @APIResponse(responseCode = "200", description = "The link and when it expires.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = {"link", "expiresAt"}, properties = {
                    @SchemaProperty(name = "link", type = SchemaType.STRING, format = "uri"),
                    @SchemaProperty(name = "expiresAt", type = SchemaType.STRING, format = "date-time")})))
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", description = "No such patient, or no invitation with this id on it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "409", description = "The invitation is no longer pending, so it has no link.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Map<String, String> link(@PathParam("invitationId") String invitationId) {
        auth.users().requireManage();
        Invitations.Link link = invitations.link(patient, invitationId);
        return Map.of("link", link.link(), "expiresAt", link.expiresAt().toString());
    }

    /** Withdraws the invitation: every link of it dies. A decided invitation cannot be withdrawn (409). */
    @DELETE
    @Path("{invitationId}")
    @Operation(operationId = "deleteInvitation", summary = "Withdraw an invitation; every link of it dies")
    @APIResponse(responseCode = "204", description = "Withdrawn (also when it already was).")
    @APIResponse(responseCode = "401", ref = "NotAuthenticated")
    @APIResponse(responseCode = "403", ref = "MayNotManage")
    @APIResponse(responseCode = "404", description = "No such patient, or no invitation with this id on it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "409", description = "The invitation was accepted or declined (perhaps a moment ago); "
            + "`errorMessage` names which. Nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response delete(@PathParam("invitationId") String invitationId) {
        auth.users().requireManage();
        invitations.withdraw(patient, invitationId);
        adminEvent.operation(OperationType.DELETE).resourcePath(PatientEvents.path(patient.id(), "invitations", invitationId)).success();
        return Response.noContent().build();
    }

    /** Sent: the invitation; not sent (the mail server failed): 502, the invitation kept for a resend. */
    private Response answer(Invitations.Sent sent, Response.Status success) {
        InvitationRepresentation invitation = representation(sent.invitation(), new Actors(session, realm, Actor.staff(auth)));
        if (!sent.mailed()) {
            return Response.status(Response.Status.BAD_GATEWAY)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("errorMessage", "the email could not be sent; the invitation is kept and can be resent once mail works",
                            "invitation", invitation))
                    .build();
        }
        Response.ResponseBuilder response = Response.status(success).entity(invitation);
        if (success == Response.Status.CREATED) {
            response.location(session.getContext().getUri().getAbsolutePathBuilder().path(sent.invitation().id()).build());
        }
        return response.build();
    }

    /** The account that answered is named by its email only to staff who may view that account. */
    private InvitationRepresentation representation(Invitation invitation, Actors accounts) {
        return InvitationRepresentation.of(invitation, accounts.viewable(invitation.decidedBy()), clock.instant());
    }
}
