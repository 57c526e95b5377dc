package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record's continued-guardianship mark: why, who set it and when (an ISO-8601 instant). */
@Schema(name = "ContinuedGuardianship")
public record ContinuedGuardianshipRepresentation(
        @Schema(required = true, description = "Why the guardians keep their access once the patient is of age.") String reason,
        @Schema(required = true) ActorRepresentation setBy,
        @Schema(required = true, format = "date-time") String setAt) {
}
