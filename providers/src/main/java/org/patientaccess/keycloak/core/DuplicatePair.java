package org.patientaccess.keycloak.core;

import java.time.Instant;

/**
 * Two records that may be one person, {@code patientA < patientB} (by id); the scan that last found
 * them; and, once staff said "not the same person", when and by whom.
 */
public record DuplicatePair(
        String id,
        String patientA,
        String patientB,
        double score,
        MatchGrade grade,
        String scanId,
        Instant dismissedAt,
        String dismissedBy) {
}
