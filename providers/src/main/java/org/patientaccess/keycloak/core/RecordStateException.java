package org.patientaccess.keycloak.core;

/** The record's status does not allow what was asked; nothing was changed. */
public class RecordStateException extends RuntimeException {

    private final String survivorId;

    public RecordStateException(String message, String survivorId) {
        super(message);
        this.survivorId = survivorId;
    }

    /** The record to change instead, when this one was merged into it; otherwise null. */
    public String survivorId() {
        return survivorId;
    }
}
