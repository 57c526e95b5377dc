package org.patientaccess.keycloak.core;

/** Another request changed the same record at the same moment; this change was not made. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
