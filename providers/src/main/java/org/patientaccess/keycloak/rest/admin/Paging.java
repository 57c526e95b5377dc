package org.patientaccess.keycloak.rest.admin;

import org.patientaccess.keycloak.core.InvalidInputException;

/** {@code first} and {@code max} of a listed page: from 0, 1 to 100 entries (20 by default), else a 400 naming the field. */
record Paging(int first, int max) {

    static final int DEFAULT_MAX = 20;
    static final int MAX = 100;

    static Paging of(String first, String max) {
        Integer from = PatientsResource.integer("first", first);
        Integer size = PatientsResource.integer("max", max);
        if ((from != null && from < 0) || (size != null && (size < 1 || size > MAX))) {
            throw new InvalidInputException(from != null && from < 0 ? "first" : "max", "first must be at least 0 and max between 1 and " + MAX);
        }
        return new Paging(from == null ? 0 : from, size == null ? DEFAULT_MAX : size);
    }
}
