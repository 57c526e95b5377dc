package org.patientaccess.keycloak.duplicates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.core.DuplicateScan;
import org.patientaccess.keycloak.core.DuplicateScanStatus;
import org.patientaccess.keycloak.core.ScanKey;
import org.patientaccess.keycloak.core.ScanRow;
import org.patientaccess.keycloak.core.ScoredPair;
import org.patientaccess.keycloak.store.DuplicateStore;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * Runs one claimed scan to its end, one page per transaction: reads the page in order of the pass's
 * key, scores the pairs of each complete block, keeps the graded ones that were not dismissed, and in
 * the same transaction moves the scan's cursor on, on the condition that it still holds the scan. A
 * worker that lost its claim (another node took a scan it thought dead) stops; one resumed redoes at
 * most a page, which writes the same pairs again.
 */
final class DuplicateScanWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(DuplicateScanWorker.class);
    static final int PAGE_SIZE = 5000;
    private static final ScanKey[] PASSES = ScanKey.values();

    private final KeycloakSessionFactory factory;
    private final String scanId;
    private final String owner;

    DuplicateScanWorker(KeycloakSessionFactory factory, String scanId, String owner) {
        this.factory = factory;
        this.scanId = scanId;
        this.owner = owner;
    }

    @Override
    public void run() {
        try {
            boolean more = true;
            while (more) {
                more = KeycloakModelUtils.runJobInTransactionWithResult(factory, this::step);
            }
        } catch (RuntimeException e) {
            // Ids and the error's kind only: a message may quote a record.
            LOG.warnf("Duplicate scan %s failed (%s)", scanId, e.getClass().getName());
            KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(PatientAccessStore.class).duplicates().fail(scanId, owner));
        }
    }

    /** One page; false when the scan is done, gone, or no longer this worker's. */
    private boolean step(KeycloakSession session) {
        DuplicateStore duplicates = session.getProvider(PatientAccessStore.class).duplicates();
        DuplicateScan scan = duplicates.findScan(scanId).orElse(null);
        if (scan == null || scan.status() != DuplicateScanStatus.RUNNING || !owner.equals(scan.owner())) {
            return false;
        }
        RealmModel realm = session.realms().getRealm(scan.realmId());
        if (realm == null) {
            return false;
        }
        ScanKey key = PASSES[scan.pass()];
        List<ScanRow> rows = duplicates.page(realm, key, scan.cursor(), PAGE_SIZE);
        boolean passGoesOn = rows.size() == PAGE_SIZE;
        ScanPage page = ScanPage.of(rows, passGoesOn);
        List<List<ScanRow>> blocks = page.blocks();
        String cursor = page.cursor();
        if (page.tooBigKey() != null) {
            blocks = List.of(duplicates.block(realm, key, page.tooBigKey()));
            cursor = page.tooBigKey();
        }
        DuplicateDismissals dismissals = new DuplicateDismissals(session, realm);
        duplicates.savePairs(realm, scanId, dismissals.proposable(scored(key, blocks)));

        long processed = scan.processed() + blocks.stream().mapToInt(List::size).sum();
        int pass = passGoesOn ? scan.pass() : scan.pass() + 1;
        if (!duplicates.advance(scanId, owner, pass, passGoesOn ? cursor : null, processed)) {
            session.getTransactionManager().setRollbackOnly();
            return false;
        }
        if (pass < PASSES.length) {
            return true;
        }
        // The last pass is over: the list becomes this scan's (pairs no scan found any more go).
        duplicates.removePairsNotFoundBy(realm, scanId);
        duplicates.complete(scanId, owner, processed, duplicates.countFoundBy(realm, scanId));
        return false;
    }

    /** The graded pairs of the blocks, each pair once. */
    private static List<ScoredPair> scored(ScanKey key, List<List<ScanRow>> blocks) {
        Map<String, ScoredPair> found = new LinkedHashMap<>();
        for (List<ScanRow> block : blocks) {
            for (ScanRow[] pair : BlockPairing.pairsToScore(key, block)) {
                PairScoring.score(pair[0], pair[1]).ifPresent(scored -> found.put(scored.patientA() + " " + scored.patientB(), scored));
            }
        }
        return new ArrayList<>(found.values());
    }
}
