package org.patientaccess.keycloak.core;

import java.util.List;

/**
 * The terms of a grant, or of a future one (an invitation), as sent, before validation: a
 * relationship, permissions (none given: BOOK and VIEW) and when it lapses (a date or an instant).
 */
public record GrantInput(String relationship, List<String> permissions, String validUntil) {
}
