package org.patientaccess.keycloak.history;

import java.time.Instant;
import java.util.Map;

/**
 * One thing that happened to a patient record: when, what (a stable action name), who did it (the
 * account, in the realm it signed in to; null when the event named nobody) and the ids and
 * non-sensitive facts of it, named as in {@link HistoryActions#DETAIL_NAMES}.
 */
public record HistoryEntry(Instant time, String action, Actor actor, Map<String, String> details) {

    /** An account of a realm: the patient's realm, or the master realm for a server administrator. */
    public record Actor(String realmId, String userId) {
    }
}
