package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A done merge: its id (to undo it) and the survivor as it is now. */
@Schema(name = "MergeResult")
public record MergeResultRepresentation(
        @Schema(required = true, description = "To undo it.") String mergeId,
        @Schema(required = true) PatientRepresentation survivor) {
}
