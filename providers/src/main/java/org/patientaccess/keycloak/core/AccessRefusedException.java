package org.patientaccess.keycloak.core;

/** A change of access the rules do not allow to this person; the message says why, without personal data. */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
