package org.patientaccess.keycloak.core;

import java.util.List;

/**
 * The state of what the request is about does not allow it now: a record's status, a decided
 * invitation, a limit reached, another request a moment earlier. {@code field} names what is in the
 * way when it is one thing, {@code ids} the records or grants concerned.
 */
public class ConflictException extends PatientAccessException {

    private final String field;
    private final List<String> ids;

    public ConflictException(String message) {
        this(null, message, List.of());
    }

    public ConflictException(String field, String message, List<String> ids) {
        super(message);
        this.field = field;
        this.ids = List.copyOf(ids);
    }

    public String field() {
        return field;
    }

    public List<String> ids() {
        return ids;
    }
}
