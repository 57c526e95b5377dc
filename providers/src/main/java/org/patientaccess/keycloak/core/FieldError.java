package org.patientaccess.keycloak.core;

/** A problem with one field of the input, named as the API names it. */
public record FieldError(String field, String message) {
}
