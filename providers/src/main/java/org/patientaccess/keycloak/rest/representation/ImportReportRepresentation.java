package org.patientaccess.keycloak.rest.representation;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.importing.ImportReport;

/**
 * The answer to an import: how many patients were created, updated, already up to date or failed,
 * how many of the imported ones came without a field that could not be read (warned), how many
 * resources were not patients (skipped, per resource type), and why each failure or warning.
 */
@Schema(name = "ImportReport")
public record ImportReportRepresentation(
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true, description = "Rows not imported.") int failed,
        @Schema(required = true, description = "Rows imported without a field that could not be read.") int warned,
        @Schema(required = true, description = "FHIR Bundle entries that are not Patients.") int skipped,
        @Schema(required = true, description = "The skipped entries per FHIR resource type, e.g. {\"Encounter\": 3}; empty for CSV and JSON.") Map<String, Integer> skippedResources,
        @Schema(required = true, description = "Why each failed row failed, one item per bad field.") List<Problem> failures,
        @Schema(required = true, description = "Which field each warned row was imported without, and why.") List<Problem> warnings) {

    public static ImportReportRepresentation of(ImportReport report) {
        return new ImportReportRepresentation(report.created(), report.updated(), report.unchanged(), report.failed(), report.warned(),
                report.skipped(), report.skippedResources(),
                report.failures().stream().map(problem -> new Problem(problem.row(), problem.field(), problem.message())).toList(),
                report.warnings().stream().map(problem -> new Problem(problem.row(), problem.field(), problem.message())).toList());
    }

    /**
     * One field of one input row: a failure (the row was not imported; a row with three bad fields
     * has three) or a warning (the row was imported without that field).
     */
    @Schema(name = "ImportProblem")
    public record Problem(
            @Schema(required = true, description = "The 1-based position of the patient in the input (for CSV, the first line after the header is row 1; for FHIR, the entry's position in the Bundle).") int row,
            String field,
            @Schema(required = true) String message) {
    }
}
