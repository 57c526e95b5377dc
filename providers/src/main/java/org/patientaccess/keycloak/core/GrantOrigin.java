package org.patientaccess.keycloak.core;

/** How an access grant came to be. */
public enum GrantOrigin {
    ADMIN,
    INVITATION,
    REGISTRATION
}
