package org.patientaccess.keycloak.model;

import java.time.Instant;

/** A clinic's profile of one person, as read from the store. */
public record PatientRecord(
        String id,
        String realmId,
        PatientDetails details,
        PatientStatus status,
        String mergedInto,
        PatientSource source,
        Instant createdAt,
        Instant updatedAt) {
}
