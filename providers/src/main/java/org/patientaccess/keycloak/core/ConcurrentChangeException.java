package org.patientaccess.keycloak.core;

/** Another request changed the same thing at the same moment; this change was not made. */
public class ConcurrentChangeException extends ConflictException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
