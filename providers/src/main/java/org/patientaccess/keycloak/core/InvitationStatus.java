package org.patientaccess.keycloak.core;

/** Where an invitation stands. A PENDING invitation past its expiry is shown as EXPIRED. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    /** Deleted by staff: every link of it is dead. */
    REVOKED,
    EXPIRED
}
