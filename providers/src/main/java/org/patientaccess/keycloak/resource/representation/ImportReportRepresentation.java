package org.patientaccess.keycloak.resource.representation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to an import: how many patients were created, updated, already up to date or failed,
 * and why each failure failed.
 */
@Schema(name = "ImportReport")
public record ImportReportRepresentation(
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true, description = "Rows not imported.") int failed,
        @Schema(required = true) List<Failure> failures) {

    /** One bad field of one input row; a row with three bad fields has three failures. */
    @Schema(name = "ImportFailure")
    public record Failure(
            @Schema(required = true, description = "The 1-based position of the patient in the input (for CSV, the first line after the header is row 1).") int row,
            String field,
            @Schema(required = true) String message) {
    }
}
