package org.patientaccess.keycloak.core;

import java.util.List;

/** One account has reached how many of something it may hold; the field names what. */
public class LimitReachedException extends ConflictException {

    public LimitReachedException(String field, String message) {
        super(field, message, List.of());
    }
}
