package org.patientaccess.keycloak.core;

/** A merge or undo that cannot be done as asked; nothing was changed. */
public class MergeRefusedException extends RuntimeException {

    private final String field;

    public MergeRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, or null when the records' state is. */
    public String field() {
        return field;
    }
}
