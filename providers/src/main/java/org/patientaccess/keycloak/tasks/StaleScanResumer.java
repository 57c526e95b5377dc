package org.patientaccess.keycloak.tasks;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.timer.ScheduledTask;
import org.patientaccess.keycloak.core.DuplicateScan;
import org.patientaccess.keycloak.duplicates.DuplicateScans;
import org.patientaccess.keycloak.store.DuplicateStore;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * Resumes running scans whose worker stopped beating (a restart, a node gone): every node looks now
 * and then, and the one whose conditional update of the owner wins resumes the scan where its cursor is.
 */
public final class StaleScanResumer implements ScheduledTask {

    public static final long INTERVAL_MILLIS = 30_000;
    /** A worker beats at every page, which takes seconds; two minutes of silence means it is gone. */
    static final long STALE_AFTER_MILLIS = 120_000;

    @Override
    public void run(KeycloakSession session) {
        DuplicateStore duplicates = session.getProvider(PatientAccessStore.class).duplicates();
        long staleBefore = Time.currentTimeMillis() - STALE_AFTER_MILLIS;
        for (DuplicateScan scan : duplicates.findStale(staleBefore)) {
            String owner = KeycloakModelUtils.generateId();
            if (duplicates.takeOver(scan.id(), scan.heartbeatAt().toEpochMilli(), owner)) {
                DuplicateScans.resumeAfterCommit(session, scan.id(), owner);
            }
        }
    }

    @Override
    public String getTaskName() {
        return "patient-access-duplicate-scan-resumer";
    }
}
