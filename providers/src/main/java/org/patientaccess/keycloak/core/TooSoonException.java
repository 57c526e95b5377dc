package org.patientaccess.keycloak.core;

import java.time.Duration;

/** Done too often, too recently: it may be asked again after {@code retryAfter}. */
public class TooSoonException extends PatientAccessException {

    private final String field;
    private final Duration retryAfter;

    public TooSoonException(String field, String message, Duration retryAfter) {
        super(message);
        this.field = field;
        this.retryAfter = retryAfter;
    }

    public String field() {
        return field;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
