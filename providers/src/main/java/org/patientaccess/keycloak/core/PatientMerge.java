package org.patientaccess.keycloak.core;

import java.time.Instant;
import java.util.List;

/**
 * One merge, with what it takes to undo it: both records as they were (the before-image), the grants
 * moved or ended, the invitations moved, and the survivor's version right after the merge (any later
 * change to the survivor moves it on; null for merges recorded before it was kept).
 */
public record PatientMerge(
        String id,
        String realmId,
        String survivorId,
        String mergedId,
        PatientRecord survivorBefore,
        PatientRecord mergedBefore,
        GrantMove grants,
        List<String> invitations,
        Integer survivorVersionAfter,
        String createdBy,
        Instant createdAt,
        String undoneBy,
        Instant undoneAt) {
}
