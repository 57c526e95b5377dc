package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom the family invites as a temporary carer, and the last day of their access. */
@Schema(name = "CarerRequest")
public record CarerRequestRepresentation(
        @Schema(required = true, format = "email", description = "The carer's email address; the invitation is sent there.") String email,
        @Schema(required = true, format = "date", description = "The last day the carer may book (included), in the clinic's calendar: "
                + "from today to 90 days from today.") String until) {
}
