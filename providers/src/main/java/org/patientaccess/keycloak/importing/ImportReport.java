package org.patientaccess.keycloak.importing;

import java.util.List;
import java.util.Map;

/**
 * What an import did: how many patients were created, updated, already up to date or failed, how
 * many of the imported ones came without a field that could not be read (warned), how many
 * resources were not patients (skipped, per resource type), and why each failure or warning; and,
 * for each record already on file that the import changed, which fields, for the record's History.
 */
public record ImportReport(int created, int updated, int unchanged, int failed, int warned, int skipped,
                           Map<String, Integer> skippedResources, List<Problem> failures, List<Problem> warnings,
                           List<Change> changes) {

    /** A record on file that the import changed: the names of the changed fields, never their values. */
    public record Change(String patientId, List<String> fields) {
    }

    /** One field of one input row: a failure (the row was not imported) or a warning (imported without that field). */
    public record Problem(int row, String field, String message) {
    }
}
