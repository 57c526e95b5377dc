package org.patientaccess.keycloak.core;

/** How the holder of an access grant stands to the patient. */
public enum Relationship {
    /** The patient's own account; at most one active per record. */
    SELF,
    PARENT,
    GUARDIAN,
    CAREGIVER,
    OTHER
}
