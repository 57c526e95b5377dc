package org.patientaccess.keycloak.rest.representation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a patient's history, newest first: {@code first} and {@code max} as asked (or their
 * defaults), {@code hasMore} when entries follow this page.
 */
@Schema(name = "HistoryPage")
public record HistoryPageRepresentation(
        @Schema(required = true) List<Entry> entries,
        @Schema(required = true) int first,
        @Schema(required = true) int max,
        @Schema(required = true, description = "Whether entries follow this page.") boolean hasMore) {

    /**
     * One entry: {@code time} an ISO-8601 instant, {@code action} a stable name, {@code actor} who did
     * it (absent when the event named nobody), {@code details} ids and non-sensitive facts.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HistoryEntry")
    public record Entry(
            @Schema(required = true, format = "date-time") String time,
            @Schema(required = true, description = "A stable name: RECORD_CREATED, GRANT_GIVEN, INVITATION_SENT, MERGED, REGISTRATION_LINKED, ...") String action,
            ActorRepresentation actor,
            @Schema(required = true) Map<String, String> details) {
    }
}
