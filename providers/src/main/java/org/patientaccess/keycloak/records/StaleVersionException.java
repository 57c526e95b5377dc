package org.patientaccess.keycloak.records;

/** A conditional change named a version the record no longer has; nothing was changed. */
public class StaleVersionException extends RuntimeException {

    StaleVersionException(String message) {
        super(message);
    }
}
