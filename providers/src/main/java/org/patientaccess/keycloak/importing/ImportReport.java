package org.patientaccess.keycloak.importing;

import java.util.List;
import java.util.Map;

/**
 * What an import did: how many patients were created, updated, already up to date or failed, how
 * many of the imported ones came without a field that could not be read (warned), how many
 * resources were not patients (skipped, per resource type), and why each failure or warning.
 */
public record ImportReport(int created, int updated, int unchanged, int failed, int warned, int skipped,
                           Map<String, Integer> skippedResources, List<Problem> failures, List<Problem> warnings) {

    /** One field of one input row: a failure (the row was not imported) or a warning (imported without that field). */
    public record Problem(int row, String field, String message) {
    }
}
