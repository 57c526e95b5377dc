package org.patientaccess.keycloak.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * An active patient record an account may act for, read in one query with the grant that allows it:
 * what tokens and the patient picker need, and nothing more. {@code validUntil} is when the grant
 * lapses (null: it does not), so that a list kept in memory drops it on time. {@code grantId} names the
 * grant, as SMART's {@code fhirUser} does (a RelatedPerson is a grant).
 */
public record AccessiblePatient(
        String patientId,
        Relationship relationship,
        Set<GrantPermission> permissions,
        String firstName,
        String lastName,
        LocalDate birthDate,
        Instant validUntil,
        String grantId) {

    /** Whether the grant behind this entry still allows acting for the patient at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return validUntil == null || validUntil.isAfter(now);
    }
}
