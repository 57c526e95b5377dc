package org.patientaccess.keycloak.core;

import java.util.List;

/** The input breaks a rule of its own: each problem names its field, column or parameter. */
public class InvalidInputException extends PatientAccessException {

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    /** The first field at fault, or {@code null} when the input as a whole is. */
    public String field() {
        return errors.get(0).field();
    }

    /** Every problem, the first one first. */
    public List<FieldError> errors() {
        return errors;
    }
}
