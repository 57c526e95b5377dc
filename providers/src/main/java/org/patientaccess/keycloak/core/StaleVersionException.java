package org.patientaccess.keycloak.core;

/** A conditional change named a version the record no longer has; nothing was changed. */
public class StaleVersionException extends PatientAccessException {

    public StaleVersionException(String message) {
        super(message);
    }
}
