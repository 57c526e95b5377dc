package org.patientaccess.keycloak.core;

import java.time.LocalDate;

/**
 * The fields of a patient record that staff and imports write, already validated and normalised:
 * names trimmed, email lower-cased, phone in E.164. Produced by
 * {@link org.patientaccess.keycloak.validation.PatientValidator}.
 */
public record PatientDetails(
        String externalId,
        String firstName,
        String lastName,
        LocalDate birthDate,
        String email,
        String phone) {
}
