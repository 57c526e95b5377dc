package org.patientaccess.keycloak.rest.admin;

import org.patientaccess.keycloak.rest.representation.StrictJson;
import org.patientaccess.keycloak.core.InvalidInputException;

/** Request bodies read strictly, a bad one answered with a 400 naming the field. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static <T> T read(String body, Class<T> type) {
        try {
            return StrictJson.read(body, type);
        } catch (InvalidInputException e) {
            throw ApiErrors.badRequest(e);
        }
    }
}
