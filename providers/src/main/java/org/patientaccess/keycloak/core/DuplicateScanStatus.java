package org.patientaccess.keycloak.core;

/** Where a duplicate scan is: running (on one node), done, or stopped by an error. */
public enum DuplicateScanStatus {
    RUNNING, COMPLETED, FAILED
}
