package org.patientaccess.keycloak.rest.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record's coming of age. Dates are the realm's days ({@code YYYY-MM-DD}), times ISO-8601 instants;
 * absent fields do not apply (no birth date, no own-account age, no mark, not done yet).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ComingOfAge")
public record ComingOfAgeRepresentation(
        @Schema(format = "date", description = "The day the patient reaches the age of majority; absent without a birth date.") String comesOfAgeOn,
        @Schema(format = "date", description = "The day from which the patient may have their own account, where the realm sets that age.") String ownAccountFrom,
        @Schema(required = true, description = "Whether the patient is under the age of majority today.") boolean minor,
        @Schema(required = true, description = "The active parent and guardian grants that end on that day (0 once it passed).") int guardianGrantsEnding,
        @Schema(description = "Staff's mark: the guardians' grants do not end.") ContinuedGuardianshipRepresentation continuedGuardianship,
        @Schema(format = "date-time", description = "When the notice 30 days before was sent.") String noticeSentAt,
        @Schema(format = "date-time", description = "When the guardians' grants were ended on the day.") String grantsEndedAt) {
}
