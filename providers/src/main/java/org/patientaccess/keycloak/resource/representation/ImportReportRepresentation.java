package org.patientaccess.keycloak.resource.representation;

import java.util.List;

/**
 * The answer to an import: how many patients were created, updated, already up to date or failed,
 * and why each failure failed.
 */
public record ImportReportRepresentation(int created, int updated, int unchanged, int failed, List<Failure> failures) {

    /** One bad field of one input row; a row with three bad fields has three failures. */
    public record Failure(int row, String field, String message) {
    }
}
