package org.patientaccess.keycloak.core;

import java.util.List;

/**
 * The terms of a grant, or of a future one (an invitation), as sent, before validation: a
 * relationship, permissions (none given: BOOK and VIEW), when it lapses (a date or an instant) and the
 * legal basis staff recorded (none given: not recorded).
 */
public record GrantInput(String relationship, List<String> permissions, String validUntil, String legalBasis) {
}
