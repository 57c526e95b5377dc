package org.patientaccess.keycloak.rest.admin;

import org.patientaccess.keycloak.store.PatientAccessStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
import org.keycloak.email.EmailException;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.idm.ErrorRepresentation;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.utils.EmailValidationUtil;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.email.InvitationMailer;
import org.patientaccess.keycloak.invitations.InvitationLinks;
import org.patientaccess.keycloak.invitations.InvitationSettings;
import org.patientaccess.keycloak.core.ConcurrentChangeException;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.store.InvitationStore;
import org.patientaccess.keycloak.core.InvitationStateException;
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.NewInvitation;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.rest.representation.InvitationRepresentation;
import org.patientaccess.keycloak.rest.representation.InvitationRequestRepresentation;
import org.patientaccess.keycloak.age.OwnAccountAge;
import org.patientaccess.keycloak.validation.AccessGrantValidator;
import org.patientaccess.keycloak.core.InvalidInputException;

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
    private final InvitationStore invitations;
    private final Clock clock = KeycloakClock.UTC;

    PatientInvitationsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                               AdminEventBuilder adminEvent, PatientRecord patient) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(RESOURCE_TYPE);
        this.patient = patient;
        this.invitations = session.getProvider(PatientAccessStore.class).invitations();
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
        return invitations.findByPatient(realm, patient.id()).stream().map(this::representation).toList();
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
        InvitationRequestRepresentation request = RequestBodies.read(body, InvitationRequestRepresentation.class);
        String email = request.getEmail() == null ? null : request.getEmail().strip().toLowerCase(Locale.ROOT);
        if (email == null || email.isEmpty() || !EmailValidationUtil.isValidEmail(email)) {
            throw ApiErrors.badRequest("email", "email is not a valid email address");
        }
        AccessGrantValidator.Result terms = new AccessGrantValidator(clock).validate(request.getRelationship(), request.getPermissions(), null);
        if (!terms.isValid()) {
            throw ApiErrors.badRequest(terms.errors());
        }
        try {
            OwnAccountAge.requireOldEnough(realm, patient, terms.terms().relationship());
        } catch (InvalidInputException e) {
            throw ApiErrors.badRequest(e);
        }
        String locale = locale(request.getLocale());
        Records.requireActive(patient);
        Invitation invitation = invitations.create(realm, new NewInvitation(patient.id(), email, locale,
                terms.terms().relationship(), terms.terms().permissions(),
                clock.instant().plus(InvitationSettings.of(realm).lifespan()), auth.adminAuth().getUser().getId()));
        adminEvent.operation(OperationType.CREATE).resourcePath(PatientEvents.path(patient.id(), "invitations", invitation.id()))
                .detail(PatientEvents.RELATIONSHIP, invitation.relationship().name())
                .success();
        return send(invitation, Response.Status.CREATED);
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
        Invitation current = invitationOfThisPatient(invitationId);
        if (current.status() != InvitationStatus.PENDING) {
            throw ApiErrors.conflict("the invitation is " + current.status().name().toLowerCase(Locale.ROOT) + "; invite again instead");
        }
        Duration interval = InvitationSettings.of(realm).resendInterval();
        if (current.lastSentAt() != null && current.lastSentAt().plus(interval).isAfter(clock.instant())) {
            long wait = Duration.between(clock.instant(), current.lastSentAt().plus(interval)).toSeconds() + 1;
            return Response.status(Response.Status.TOO_MANY_REQUESTS)
                    .header("Retry-After", wait)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ErrorRepresentation(null, "the invitation was sent less than " + interval.toSeconds()
                            + " seconds ago; try again in " + wait + " seconds", null))
                    .build();
        }
        Invitation reissued;
        try {
            reissued = invitations.reissue(realm, invitationId, current.nonce(), clock.instant().plus(InvitationSettings.of(realm).lifespan()));
        } catch (InvitationStateException | ConcurrentChangeException e) {
            throw ApiErrors.conflict(e.getMessage());
        }
        adminEvent.operation(OperationType.ACTION).resourcePath(PatientEvents.path(patient.id(), "invitations", invitationId, "resend"))
                .success();
        return send(reissued, Response.Status.OK);
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
        Invitation invitation = invitationOfThisPatient(invitationId);
        if (invitation.statusAt(clock.instant()) != InvitationStatus.PENDING) {
            throw ApiErrors.conflict("the invitation is " + invitation.statusAt(clock.instant()).name().toLowerCase(Locale.ROOT) + "; it has no link");
        }
        return Map.of("link", new InvitationLinks(session, realm).linkOf(invitation), "expiresAt", invitation.expiresAt().toString());
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
        invitationOfThisPatient(invitationId);
        try {
            invitations.revoke(realm, invitationId);
        } catch (InvitationStateException e) {
            throw ApiErrors.conflict(e.getMessage());
        }
        adminEvent.operation(OperationType.DELETE).resourcePath(PatientEvents.path(patient.id(), "invitations", invitationId)).success();
        return Response.noContent().build();
    }

    private Response send(Invitation invitation, Response.Status success) {
        try {
            new InvitationMailer(session, realm).send(invitation, patient, new InvitationLinks(session, realm).linkOf(invitation));
        } catch (EmailException e) {
            // Answer (not throw) so that the transaction keeps the pending invitation for a resend.
            return Response.status(Response.Status.BAD_GATEWAY)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("errorMessage", "the email could not be sent; the invitation is kept and can be resent once mail works",
                            "invitation", representation(invitation)))
                    .build();
        }
        Invitation sent;
        try {
            sent = invitations.recordSend(realm, invitation.id(), invitation.nonce());
        } catch (ConcurrentChangeException e) {
            throw ApiErrors.conflict(e.getMessage());
        }
        Response.ResponseBuilder response = Response.status(success).entity(representation(sent));
        if (success == Response.Status.CREATED) {
            response.location(session.getContext().getUri().getAbsolutePathBuilder().path(sent.id()).build());
        }
        return response.build();
    }

    private Invitation invitationOfThisPatient(String invitationId) {
        return invitations.findById(realm, invitationId)
                .filter(invitation -> invitation.patientId().equals(patient.id()))
                .orElseThrow(() -> ApiErrors.notFound("Invitation not found"));
    }

    private String locale(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String tag = requested.strip();
        boolean supported = realm.isInternationalizationEnabled()
                ? realm.getSupportedLocalesStream().anyMatch(tag::equals)
                : tag.equals(realm.getDefaultLocale()) || "en".equals(tag);
        if (!supported) {
            throw ApiErrors.badRequest("locale", "locale must be one of the realm's languages");
        }
        return tag;
    }

    private InvitationRepresentation representation(Invitation invitation) {
        return InvitationRepresentation.of(invitation,
                invitation.decidedBy() == null ? null : session.users().getUserById(realm, invitation.decidedBy()), clock.instant());
    }

}
