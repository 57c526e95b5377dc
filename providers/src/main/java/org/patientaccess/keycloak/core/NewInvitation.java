package org.patientaccess.keycloak.core;

import java.time.Instant;
import java.util.Set;

/** What it takes to create an invitation; see {@link Invitation} for {@code origin} and {@code accessUntil}. */
public record NewInvitation(
        String patientId,
        String email,
        String locale,
        Relationship relationship,
        Set<GrantPermission> permissions,
        Instant expiresAt,
        String createdBy,
        LegalBasis legalBasis,
        GrantOrigin origin,
        Instant accessUntil) {
}
