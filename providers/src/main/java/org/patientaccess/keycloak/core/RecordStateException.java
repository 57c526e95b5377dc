package org.patientaccess.keycloak.core;

import java.util.List;

/** The record's status does not allow what was asked: archived, or merged (then the survivor is named). */
public class RecordStateException extends ConflictException {

    public RecordStateException(String message) {
        super(message);
    }

    /** A merged record: every change goes to its survivor. */
    public static RecordStateException mergedInto(String survivorId) {
        return new RecordStateException("mergedInto", "the patient was merged into " + survivorId + "; change that record instead", survivorId);
    }

    private RecordStateException(String field, String message, String survivorId) {
        super(field, message, List.of(survivorId));
    }
}
