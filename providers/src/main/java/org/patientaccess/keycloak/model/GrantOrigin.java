package org.patientaccess.keycloak.model;

/** How an access grant came to be. */
public enum GrantOrigin {
    ADMIN,
    INVITATION,
    REGISTRATION
}
