package org.patientaccess.keycloak.core;

import java.time.Instant;

/**
 * A clinic's profile of one person, as read from the store.
 *
 * @param version the record's optimistic-lock version: every write moves it on, so staff edits can
 *                be made conditional on it (ETag / If-Match) and an undo can tell a record changed
 */
public record PatientRecord(
        String id,
        String realmId,
        PatientDetails details,
        PatientStatus status,
        String mergedInto,
        PatientSource source,
        Instant createdAt,
        Instant updatedAt,
        int version) {
}
