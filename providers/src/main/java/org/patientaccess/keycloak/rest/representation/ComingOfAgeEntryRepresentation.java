package org.patientaccess.keycloak.rest.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record in the coming-of-age list: the patient, the day of the transition listed, and its coming of age. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ComingOfAgeEntry")
public record ComingOfAgeEntryRepresentation(
        @Schema(required = true) PatientRepresentation patient,
        @Schema(required = true, format = "date", description = "The day the patient reaches the age listed (majority, own account or an age band).") String day,
        @Schema(required = true) ComingOfAgeRepresentation comingOfAge,
        @Schema(description = "For the age-band list: the band whose day it is, and what of its work was done.") AgeBandDayRepresentation ageBand) {
}
