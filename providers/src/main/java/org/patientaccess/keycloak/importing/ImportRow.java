package org.patientaccess.keycloak.importing;

import org.patientaccess.keycloak.core.FieldError;
import org.patientaccess.keycloak.core.PatientInput;

/**
 * One element of an import: a patient read from it, the reason it could not be read, or a resource
 * a patient import does not take (a FHIR Encounter beside the Patient), named by its type.
 *
 * @param row 1-based position in the input (for CSV, the first line after the header is 1; for a
 *            FHIR Bundle, the entry's position, so that it can be found in the file)
 */
public record ImportRow(int row, PatientInput patient, FieldError unreadable, String skippedResource) {

    public static ImportRow of(int row, PatientInput patient) {
        return new ImportRow(row, patient, null, null);
    }

    public static ImportRow unreadable(int row, String field, String message) {
        return new ImportRow(row, null, new FieldError(field, message), null);
    }

    public static ImportRow skipped(int row, String resourceType) {
        return new ImportRow(row, null, null, resourceType);
    }
}
