package org.patientaccess.keycloak.importing;

import org.patientaccess.keycloak.resource.representation.PatientRepresentation;
import org.patientaccess.keycloak.validation.FieldError;

/**
 * One patient read from an import, or the reason it could not be read.
 *
 * @param row 1-based position of the patient in the input (for CSV, the first line after the header is 1)
 */
public record ImportRow(int row, PatientRepresentation patient, FieldError unreadable) {

    public static ImportRow of(int row, PatientRepresentation patient) {
        return new ImportRow(row, patient, null);
    }

    public static ImportRow unreadable(int row, String field, String message) {
        return new ImportRow(row, null, new FieldError(field, message));
    }
}
