package org.patientaccess.keycloak.core;

/** The request as a whole cannot be read (not JSON, not CSV, an unknown field): nothing is written. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field, column or parameter at fault, or {@code null} when the input as a whole is. */
    public String field() {
        return field;
    }
}
