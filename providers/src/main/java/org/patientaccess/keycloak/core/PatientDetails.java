package org.patientaccess.keycloak.core;

import java.time.LocalDate;

/**
 * The fields of a patient record that staff and imports write, already validated and normalised:
 * names trimmed, email lower-cased, phone in E.164. Produced by the validator
 * ({@code validation.PatientValidator}) from a {@link PatientInput}.
 */
public record PatientDetails(
        String externalId,
        String firstName,
        String lastName,
        LocalDate birthDate,
        String email,
        String phone) {

    public PatientDetails withEmail(String newEmail) {
        return new PatientDetails(externalId, firstName, lastName, birthDate, newEmail, phone);
    }

    /** The same details with another email and phone (a correction of the contact details). */
    public PatientDetails withContact(String newEmail, String newPhone) {
        return new PatientDetails(externalId, firstName, lastName, birthDate, newEmail, newPhone);
    }
}
