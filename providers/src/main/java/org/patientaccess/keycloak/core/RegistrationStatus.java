package org.patientaccess.keycloak.core;

/** The decision on an online registration. */
public enum RegistrationStatus {
    /** Waiting in the "Online registrations" queue. */
    PENDING,
    /** Linked by itself: a certain match with proof. */
    AUTO_LINKED,
    MERGED,
    KEPT_AS_NEW,
    DISMISSED
}
