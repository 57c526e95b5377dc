package org.patientaccess.keycloak.rest.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.core.ReviewDecision;

/**
 * Staff's review of a parent's or guardian's grant (review at 13): the record and the grant as they
 * are now, when it is due, and what was decided.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "GrantReview")
public record GrantReviewRepresentation(
        @Schema(required = true) String id,
        @Schema(required = true, enumeration = {"OPEN", "DECIDED", "NO_LONGER_NEEDED"}, description = """
                OPEN: waiting for staff. DECIDED: see `decision`. NO_LONGER_NEEDED: never decided, and nothing is left to
                decide: the grant ended (by staff, its holder, the patient, a lapse, the coming of age) or the record is no
                longer active.""") String state,
        @Schema(required = true, format = "date", description = "The day the record reached the band's age.") String bandDay,
        @Schema(required = true, format = "date", description = "The day the review is due: 30 days after the band day.") String dueOn,
        @Schema(required = true, description = "Open and past its due day.") boolean overdue,
        @Schema(required = true, format = "date-time") String openedAt,
        @Schema(type = SchemaType.STRING, implementation = ReviewDecision.class, description = """
                KEEP or END (staff's decision here), or GRANT_CHANGED (staff changed the grant on User accounts while the
                review was open); none while it is not decided.""") String decision,
        @Schema(format = "date-time") String decidedAt,
        ActorRepresentation decidedBy,
        @Schema(required = true, description = "The record the grant gives access to.") PatientRepresentation patient,
        @Schema(required = true, description = "The grant reviewed, as it is now.") AccessGrantRepresentation grant) {
}
