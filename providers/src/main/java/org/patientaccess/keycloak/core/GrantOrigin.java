package org.patientaccess.keycloak.core;

/** How an access grant came to be. */
public enum GrantOrigin {
    ADMIN,
    INVITATION,
    REGISTRATION,
    /** A temporary carer the patient or a parent invited from their account: BOOK only, with an end. */
    FAMILY
}
