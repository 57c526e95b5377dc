package org.patientaccess.keycloak.rest.representation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record's temporary carers, for someone of the family who may invite them. */
@Schema(name = "Carers")
public record CarersRepresentation(
        @Schema(required = true) String patientId,
        @Schema(required = true) String patientFirstName,
        @Schema(required = true, format = "date", description = "The furthest last day an invitation sent today may give.") String furthestUntil,
        @Schema(required = true) List<CarerInvitationRepresentation> invitations,
        @Schema(required = true) List<CarerGrantRepresentation> carers) {
}
