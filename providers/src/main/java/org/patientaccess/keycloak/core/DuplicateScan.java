package org.patientaccess.keycloak.core;

import java.time.Instant;

/**
 * A duplicate scan of a realm's active records, as stored.
 *
 * @param pass      the pass under way (an index into {@link ScanKey#values()})
 * @param cursor    the last key of that pass whose records are all scored; null at the pass's start
 * @param processed records read so far, over all passes
 * @param total     records to read over all passes, counted at the start
 * @param owner     the claim of whoever runs it now; a worker that finds another owner stops
 */
public record DuplicateScan(
        String id,
        String realmId,
        DuplicateScanStatus status,
        int pass,
        String cursor,
        long processed,
        long total,
        Long pairsFound,
        Instant startedAt,
        Instant finishedAt,
        String startedBy,
        String owner,
        Instant heartbeatAt) {
}
