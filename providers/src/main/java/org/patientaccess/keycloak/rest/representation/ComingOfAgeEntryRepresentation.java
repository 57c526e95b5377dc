package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record in the coming-of-age list: the patient, the day of the transition listed, and its coming of age. */
@Schema(name = "ComingOfAgeEntry")
public record ComingOfAgeEntryRepresentation(
        @Schema(required = true) PatientRepresentation patient,
        @Schema(required = true, format = "date", description = "The day the patient reaches the age listed (majority or own account).") String day,
        @Schema(required = true) ComingOfAgeRepresentation comingOfAge) {
}
