package org.patientaccess.keycloak.tasks;

import org.keycloak.models.KeycloakSession;
import org.keycloak.timer.ScheduledTask;
import org.patientaccess.keycloak.duplicates.DuplicateScans;

/**
 * Resumes running scans whose worker stopped beating (a restart, a node gone): every node looks now
 * and then, and the one whose conditional update of the owner wins resumes the scan where its cursor is.
 */
public final class StaleScanResumer implements ScheduledTask {

    public static final long INTERVAL_MILLIS = 30_000;

    @Override
    public void run(KeycloakSession session) {
        DuplicateScans.resumeStale(session);
    }

    @Override
    public String getTaskName() {
        return "patient-access-duplicate-scan-resumer";
    }
}
