package org.patientaccess.keycloak.rest.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.core.DuplicateScan;

/**
 * A duplicate scan: RUNNING, COMPLETED or FAILED; {@code processed} of {@code total} records read over
 * all passes (each record is read once per pass); {@code finishedAt} and {@code pairsFound} once it ended.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DuplicateScan")
public record DuplicateScanRepresentation(
        @Schema(required = true) String id,
        @Schema(required = true, enumeration = {"RUNNING", "COMPLETED", "FAILED"}) String status,
        @Schema(required = true, description = "Records read so far, over all passes.") long processed,
        @Schema(required = true, description = "Records to read over all passes; once COMPLETED, what was read.") long total,
        @Schema(required = true, format = "date-time") String startedAt,
        @Schema(format = "date-time", description = "Once COMPLETED or FAILED.") String finishedAt,
        @Schema(description = "Once COMPLETED: the pairs this scan proposes (dismissed ones left out).") Long pairsFound) {

    public static DuplicateScanRepresentation of(DuplicateScan scan) {
        return new DuplicateScanRepresentation(scan.id(), scan.status().name(), scan.processed(), scan.total(),
                scan.startedAt().toString(), scan.finishedAt() == null ? null : scan.finishedAt().toString(), scan.pairsFound());
    }
}
