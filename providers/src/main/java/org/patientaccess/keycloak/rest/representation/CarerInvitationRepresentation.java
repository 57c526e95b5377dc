package org.patientaccess.keycloak.rest.representation;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.core.Invitation;

/** A temporary carer's invitation waiting for an answer, as the family sees it. */
@Schema(name = "CarerInvitation")
public record CarerInvitationRepresentation(
        @Schema(required = true) String invitationId,
        @Schema(required = true, format = "email", description = "The invited address.") String email,
        @Schema(required = true, format = "date", description = "The last day of the access it gives.") String until,
        @Schema(required = true, format = "date-time", description = "When its link stops working.") String expiresAt,
        @Schema(format = "date-time", description = "When its email was last sent; none when it could not be sent yet.") String lastSentAt,
        @Schema(required = true, format = "date-time") String createdAt,
        @Schema(required = true, description = "Whether the caller invited this carer (someone else of the family may have).") boolean mine) {

    public static CarerInvitationRepresentation of(Invitation invitation, LocalDate until, String callerId) {
        return new CarerInvitationRepresentation(invitation.id(), invitation.email(), until.toString(), invitation.expiresAt().toString(),
                invitation.lastSentAt() == null ? null : invitation.lastSentAt().toString(), invitation.createdAt().toString(),
                callerId.equals(invitation.createdBy()));
    }
}
