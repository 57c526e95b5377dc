package org.patientaccess.keycloak.core;

/** Lifecycle of a patient record. Records are never deleted: health data is archived. */
public enum PatientStatus {
    ACTIVE,
    ARCHIVED,
    /** Folded into another record; {@link PatientRecord#mergedInto()} names the survivor. */
    MERGED
}
