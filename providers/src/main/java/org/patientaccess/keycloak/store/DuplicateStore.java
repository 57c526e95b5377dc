package org.patientaccess.keycloak.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.DuplicatePair;
import org.patientaccess.keycloak.core.DuplicateScan;
import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.core.ScanKey;
import org.patientaccess.keycloak.core.ScanRow;
import org.patientaccess.keycloak.core.ScoredPair;

/**
 * The duplicate scans of each realm and the pairs they found. Every change of a running scan is a
 * conditional update on its owner, so that of two nodes only the one holding the claim goes on.
 */
public interface DuplicateStore {

    /**
     * Inserts a RUNNING scan owned by {@code owner} and writes it at once: the database's unique
     * running-realm constraint fails this (an exception) while the realm has a running scan.
     */
    DuplicateScan insertRunning(RealmModel realm, String startedBy, String owner, long total);

    Optional<DuplicateScan> findScan(String scanId);

    /** The realm's most recently started scan. */
    Optional<DuplicateScan> latest(RealmModel realm);

    /** The realm's running scan, if any. */
    Optional<DuplicateScan> running(RealmModel realm);

    /** How many active records a pass over each key reads (records without a value are not read). */
    long countScanned(RealmModel realm, ScanKey key);

    /**
     * Up to {@code limit} active records of the realm with a value of {@code key} after {@code after}
     * (from the first when null), in order of that value.
     */
    List<ScanRow> page(RealmModel realm, ScanKey key, String after, int limit);

    /** Every active record of the realm whose {@code key} is {@code value}. */
    List<ScanRow> block(RealmModel realm, ScanKey key, String value);

    /** Moves a running scan on and beats its heart; false when {@code owner} no longer holds it. */
    boolean advance(String scanId, String owner, int pass, String cursor, long processed);

    /** Marks a running scan COMPLETED, releasing the realm's claim; false when {@code owner} no longer holds it. */
    boolean complete(String scanId, String owner, long processed, long pairsFound);

    /** Marks a running scan FAILED, releasing the realm's claim; false when {@code owner} no longer holds it. */
    boolean fail(String scanId, String owner);

    /** Running scans whose heart has not beaten since {@code heartbeatBefore} (epoch millis), of every realm. */
    List<DuplicateScan> findStale(long heartbeatBefore);

    /** Claims a stale running scan for {@code owner}, only if its heartbeat is still {@code staleHeartbeat}. */
    boolean takeOver(String scanId, long staleHeartbeat, String owner);

    /**
     * Records pairs the scan found: a new pair gets a row, a known one is marked found by this scan with
     * its new score. A dismissed pair keeps its dismissal whatever happens.
     */
    void savePairs(RealmModel realm, String scanId, Collection<ScoredPair> pairs);

    /** Of {@code pairs}, the ones dismissed, as {@code patientA + " " + patientB}. */
    Set<String> dismissedAmong(RealmModel realm, Collection<ScoredPair> pairs);

    /** The records dismissed as "not the same person" against {@code patientId}. */
    Set<String> dismissedAgainst(RealmModel realm, String patientId);

    /** Removes the pairs no longer proposed: not found by {@code scanId} and not dismissed. */
    void removePairsNotFoundBy(RealmModel realm, String scanId);

    /** How many undismissed pairs {@code scanId} found. */
    long countFoundBy(RealmModel realm, String scanId);

    /**
     * The proposed pairs: not dismissed, both records still active; of {@code grade} when given; best
     * first (grade, then score, then id).
     */
    List<DuplicatePair> listProposed(RealmModel realm, MatchGrade grade, int first, int max);

    long countProposed(RealmModel realm, MatchGrade grade);

    Optional<DuplicatePair> findPair(RealmModel realm, String pairId);

    /** Marks a pair "not the same person"; a pair already dismissed keeps its first dismissal. */
    void dismiss(RealmModel realm, String pairId, String dismissedBy);

}
