package org.patientaccess.keycloak.core;

import java.time.Instant;
import java.util.Set;

/**
 * What it takes to create an access grant; {@code createdBy} is the acting user's id, or null for the
 * system; {@code legalBasis} is null when none was recorded.
 */
public record NewAccessGrant(
        String userId,
        String patientId,
        Relationship relationship,
        Set<GrantPermission> permissions,
        GrantOrigin origin,
        Instant validUntil,
        String createdBy,
        LegalBasis legalBasis) {
}
