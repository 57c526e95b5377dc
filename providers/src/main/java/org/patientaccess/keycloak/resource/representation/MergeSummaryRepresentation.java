package org.patientaccess.keycloak.resource.representation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A merge of the realm, for the list of recent merges: both records (ids and names, for display), who
 * merged and when, whether and by whom it was undone, and whether it can be undone now (not undone,
 * and nothing changed since that an undo would revert).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MergeSummaryRepresentation(
        String mergeId,
        Record survivor,
        Record merged,
        ActorRepresentation mergedBy,
        String mergedAt,
        ActorRepresentation undoneBy,
        String undoneAt,
        boolean canUndo) {

    /** A record of the merge: its id and current names. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Record(String id, String firstName, String lastName) {
    }
}
