package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Two records that may be one person, with the matcher's score (0..1) and grade. */
@Schema(name = "DuplicatePair")
public record DuplicatePairRepresentation(
        @Schema(required = true) String id,
        @Schema(required = true) PatientRepresentation a,
        @Schema(required = true) PatientRepresentation b,
        @Schema(required = true, minimum = "0", maximum = "1") double score,
        @Schema(required = true, enumeration = {"certain", "probable", "possible"}) String grade) {
}
