package org.patientaccess.keycloak.core;

import java.time.Instant;
import java.util.Set;

/**
 * A user account's right to act for a patient record.
 *
 * @param validUntil when the grant lapses by itself (a minor coming of age), or {@code null}
 * @param revokedAt when staff, the patient or the holder ended it, or {@code null}
 * @param legalBasis the ground staff recorded for it, or {@code null} when none was recorded
 */
public record AccessGrant(
        String id,
        String realmId,
        String userId,
        String patientId,
        Relationship relationship,
        Set<GrantPermission> permissions,
        GrantOrigin origin,
        Instant validUntil,
        String createdBy,
        Instant createdAt,
        Instant revokedAt,
        String revokedBy,
        LegalBasis legalBasis) {

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && (validUntil == null || validUntil.isAfter(now));
    }
}
