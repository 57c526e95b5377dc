package org.patientaccess.keycloak.resource.representation;

import java.util.List;
import java.util.Map;

/**
 * The answer to an import: how many patients were created, updated, already up to date or failed,
 * how many of the imported ones came without a field that could not be read (warned), how many
 * resources were not patients (skipped, per resource type), and why each failure or warning.
 */
public record ImportReportRepresentation(int created, int updated, int unchanged, int failed, int warned, int skipped,
                                         Map<String, Integer> skippedResources,
                                         List<Problem> failures, List<Problem> warnings) {

    /**
     * One field of one input row: a failure (the row was not imported; a row with three bad fields
     * has three) or a warning (the row was imported without that field).
     */
    public record Problem(int row, String field, String message) {
    }
}
