package org.patientaccess.keycloak.model;

import java.time.Instant;
import java.util.List;

/**
 * One merge, with what it takes to undo it: both records as they were (the before-image), the grants
 * moved or ended, and the invitations moved.
 */
public record PatientMerge(
        String id,
        String realmId,
        String survivorId,
        String mergedId,
        PatientRecord survivorBefore,
        PatientRecord mergedBefore,
        AccessGrantProvider.GrantMove grants,
        List<String> invitations,
        String createdBy,
        Instant createdAt,
        String undoneBy,
        Instant undoneAt) {
}
