package org.patientaccess.keycloak.core;

/** One record as a scan reads it: just what scoring needs, and its value of the pass's key (ISO for a date). */
public record ScanRow(String id, PatientDetails details, String key) {
}
