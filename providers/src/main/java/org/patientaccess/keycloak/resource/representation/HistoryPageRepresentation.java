package org.patientaccess.keycloak.resource.representation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A page of a patient's history, newest first: {@code first} and {@code max} as asked (or their
 * defaults), {@code hasMore} when entries follow this page.
 */
public record HistoryPageRepresentation(List<Entry> entries, int first, int max, boolean hasMore) {

    /**
     * One entry: {@code time} an ISO-8601 instant, {@code action} a stable name, {@code actor} who did
     * it (absent when the event named nobody), {@code details} ids and non-sensitive facts.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String time, String action, ActorRepresentation actor, Map<String, String> details) {
    }
}
