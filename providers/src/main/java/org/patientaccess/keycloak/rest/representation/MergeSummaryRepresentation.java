package org.patientaccess.keycloak.rest.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A merge of the realm, for the list of recent merges: both records (ids and names, for display), who
 * merged and when, whether and by whom it was undone, and whether it can be undone now (not undone,
 * and nothing changed since that an undo would revert).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MergeSummary")
public record MergeSummaryRepresentation(
        @Schema(required = true) String mergeId,
        @Schema(required = true) Record survivor,
        @Schema(required = true) Record merged,
        ActorRepresentation mergedBy,
        @Schema(required = true, format = "date-time") String mergedAt,
        ActorRepresentation undoneBy,
        @Schema(format = "date-time") String undoneAt,
        @Schema(required = true) boolean canUndo) {

    /** A record of the merge: its id and current names. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MergeRecord")
    public record Record(@Schema(required = true) String id, String firstName, String lastName) {
    }
}
