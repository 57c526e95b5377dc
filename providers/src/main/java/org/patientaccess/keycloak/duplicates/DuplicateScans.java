package org.patientaccess.keycloak.duplicates;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.keycloak.common.util.Time;
import org.keycloak.executors.ExecutorsProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.core.DuplicatePair;
import org.patientaccess.keycloak.core.DuplicateScan;
import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.ScanKey;
import org.patientaccess.keycloak.store.DuplicateStore;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * Starting a duplicate scan of a realm and reading where it is. A realm has at most one running scan,
 * claimed by the database (its running-realm unique constraint), not by a node's memory: two starts
 * at once, on one node or two, give one scan. The work runs in the background, one page per
 * transaction (see {@link DuplicateScanWorker}); a scan whose worker died is resumed by
 * {@code tasks.StaleScanResumer}.
 */
public final class DuplicateScans {

    /** A worker beats at every page, which takes seconds; two minutes of silence means it is gone. */
    static final long STALE_AFTER_MILLIS = 120_000;

    static final String EXECUTOR = "patient-access-duplicate-scan";
    private static final int CLAIM_ATTEMPTS = 3;

    private final KeycloakSession session;
    private final RealmModel realm;

    public DuplicateScans(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** The realm's latest scan, running or not. */
    /** The pairs proposed now, best first, with their two records, and how many there are in all. */
    public record Proposed(List<Pair> pairs, long total) {
    }

    /** A proposed pair and its two records. */
    public record Pair(DuplicatePair pair, PatientRecord a, PatientRecord b) {
    }

    /** A page of the pairs the latest scans found (of one grade unless it is null), both records still active. */
    public Proposed proposed(MatchGrade grade, int first, int max) {
        PatientAccessStore store = session.getProvider(PatientAccessStore.class);
        List<DuplicatePair> pairs = store.duplicates().listProposed(realm, grade, first, max);
        Map<String, PatientRecord> records = store.records().findByIds(realm,
                pairs.stream().flatMap(pair -> Stream.of(pair.patientA(), pair.patientB())).collect(Collectors.toSet()));
        return new Proposed(pairs.stream().map(pair -> new Pair(pair, records.get(pair.patientA()), records.get(pair.patientB()))).toList(),
                store.duplicates().countProposed(realm, grade));
    }

    public Optional<DuplicateScan> latest() {
        return session.getProvider(PatientAccessStore.class).duplicates().latest(realm);
    }

    /** Starts a scan of the realm's active records, or answers the one already running. */
    public DuplicateScan start(String startedBy) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        RuntimeException lastLoss = null;
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            Optional<DuplicateScan> running = runningScan(factory, realmId);
            if (running.isPresent()) {
                return running.get();
            }
            String owner = KeycloakModelUtils.generateId();
            DuplicateScan started;
            try {
                // Its own transaction, committed before the worker starts: the claim is the inserted row.
                started = KeycloakModelUtils.runJobInTransactionWithResult(factory, claim -> {
                    RealmModel claimed = claim.realms().getRealm(realmId);
                    DuplicateStore duplicates = claim.getProvider(PatientAccessStore.class).duplicates();
                    long total = 0;
                    for (ScanKey key : ScanKey.values()) {
                        total += duplicates.countScanned(claimed, key);
                    }
                    return duplicates.insertRunning(claimed, startedBy, owner, total);
                });
            } catch (RuntimeException claimedByAnother) {
                // The unique constraint refused our row: another start won; answer its scan (next turn).
                lastLoss = claimedByAnother;
                continue;
            }
            executor(session).execute(new DuplicateScanWorker(factory, started.id(), owner));
            return started;
        }
        throw lastLoss;
    }

    /** Read in a transaction of its own, so that it sees a scan another start committed a moment ago. */
    private static Optional<DuplicateScan> runningScan(KeycloakSessionFactory factory, String realmId) {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory,
                read -> read.getProvider(PatientAccessStore.class).duplicates().running(read.realms().getRealm(realmId)));
    }

    /**
     * Resumes running scans whose worker stopped beating (a restart, a node gone): every node looks now
     * and then, and the one whose conditional update of the owner wins resumes the scan where its cursor is.
     */
    public static void resumeStale(KeycloakSession session) {
        DuplicateStore duplicates = session.getProvider(PatientAccessStore.class).duplicates();
        long staleBefore = Time.currentTimeMillis() - STALE_AFTER_MILLIS;
        for (DuplicateScan scan : duplicates.findStale(staleBefore)) {
            String owner = KeycloakModelUtils.generateId();
            if (duplicates.takeOver(scan.id(), scan.heartbeatAt().toEpochMilli(), owner)) {
                resumeAfterCommit(session, scan.id(), owner);
            }
        }
    }

    /** Hands a scan claimed in this session's transaction to a worker once (and only if) that transaction commits. */
    private static void resumeAfterCommit(KeycloakSession session, String scanId, String owner) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        ExecutorService executor = executor(session);
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                executor.execute(new DuplicateScanWorker(factory, scanId, owner));
            }

            @Override
            protected void rollbackImpl() {
                // Not claimed: whoever holds the scan goes on.
            }
        });
    }

    private static ExecutorService executor(KeycloakSession session) {
        return session.getProvider(ExecutorsProvider.class).getExecutor(EXECUTOR);
    }
}
