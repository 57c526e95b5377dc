package org.patientaccess.keycloak.core;

import java.time.Instant;
import java.util.Set;

/**
 * A user account's right to act for a patient record.
 *
 * @param validUntil when the grant lapses by itself (a minor coming of age), or {@code null}
 * @param revokedAt when staff, the patient or the holder ended it, or {@code null}
 * @param legalBasis the ground staff recorded for it, or {@code null} when none was recorded
 * @param withheld what an age band took from {@code permissions} (the permissions in force) and may be
 *                 given back by a decision (staff editing the grant, the young person's assent); empty when none
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
        LegalBasis legalBasis,
        Set<GrantPermission> withheld) {

    public AccessGrant {
        withheld = withheld == null ? Set.of() : Set.copyOf(withheld);
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && (validUntil == null || validUntil.isAfter(now));
    }

    /**
     * Whether an age band left the grant nothing in force: still there (it ends at the age of majority
     * as usual) but it gives no access, in tokens, the picker, FHIR or the person's API.
     */
    public boolean isSuspended() {
        return permissions.isEmpty();
    }
}
