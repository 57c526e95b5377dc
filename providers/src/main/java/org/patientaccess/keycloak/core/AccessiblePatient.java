package org.patientaccess.keycloak.core;

import java.time.LocalDate;
import java.util.Set;

/**
 * An active patient record an account may act for, read in one query with the grant that allows it:
 * what tokens and the patient picker need, and nothing more.
 */
public record AccessiblePatient(
        String patientId,
        Relationship relationship,
        Set<GrantPermission> permissions,
        String firstName,
        String lastName,
        LocalDate birthDate) {
}
