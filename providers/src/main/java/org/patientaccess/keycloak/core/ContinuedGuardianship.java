package org.patientaccess.keycloak.core;

import java.time.Instant;

/** Staff's mark that a record needs continued guardianship: its guardians' grants stay when it comes of age. */
public record ContinuedGuardianship(String patientId, String reason, String setBy, Instant setAt) {
}
