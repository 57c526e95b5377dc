package org.patientaccess.keycloak.core;

/**
 * A request the rules refuse, thrown before anything is kept (or with the transaction rolled back):
 * nothing was changed. Each door answers each kind its own way: the APIs with an HTTP status in
 * Keycloak's error shape ({@code rest.DomainErrors}), the pages with a message. The message says
 * why without personal data.
 */
public abstract class PatientAccessException extends RuntimeException {

    protected PatientAccessException(String message) {
        super(message);
    }
}
