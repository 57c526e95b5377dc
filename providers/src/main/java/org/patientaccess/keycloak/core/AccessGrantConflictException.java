package org.patientaccess.keycloak.core;

/**
 * A grant would break a rule the database also enforces: a second active grant of one account on
 * one record, or a second active SELF grant on one record.
 */
public class AccessGrantConflictException extends ConflictException {

    public AccessGrantConflictException(String message) {
        super(message);
    }
}
