package org.patientaccess.keycloak.core;

/** What the holder of an access grant may do for the patient. */
public enum GrantPermission {
    BOOK,
    VIEW,
    MANAGE_PROFILE
}
