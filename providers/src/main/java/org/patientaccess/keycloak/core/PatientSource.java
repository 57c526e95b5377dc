package org.patientaccess.keycloak.core;

/** Where a patient record came from. */
public enum PatientSource {
    /** Created by staff through the API or the admin console. */
    ADMIN,
    /** Loaded from the clinic's existing system by an import. */
    IMPORT,
    /** Created by a person registering online. */
    ONLINE
}
