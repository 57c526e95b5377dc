package org.patientaccess.keycloak.rest.admin;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.keycloak.representations.idm.ErrorRepresentation;
import org.keycloak.services.ErrorResponseException;

/**
 * Keycloak's error shape ({@link ErrorRepresentation}) for the API document (Keycloak's class is not
 * among the classes the document is made from); every refusal of the rules is answered in it by
 * {@code rest.DomainErrors}. Here only the one answer that is about HTTP itself.
 */
@Schema(name = "Error", description = "Keycloak's error shape. `field` and `errorMessage` name the first problem, `errors` lists every one.",
        properties = {
                @SchemaProperty(name = "field", type = SchemaType.STRING, description = "The field (or header) in question."),
                @SchemaProperty(name = "errorMessage", type = SchemaType.STRING),
                @SchemaProperty(name = "params", type = SchemaType.ARRAY, implementation = String.class,
                        description = "Ids the message names (a merged record's survivor, a changed record or grant)."),
                @SchemaProperty(name = "errors", type = SchemaType.ARRAY, implementation = ApiErrors.class,
                        description = "Every problem, each with its field.")})
public final class ApiErrors {

    private ApiErrors() {
    }

    /** An import of another content type: 415, naming the ones an import reads. */
    static ErrorResponseException unsupportedImportType(List<String> supported) {
        return new ErrorResponseException(Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                .entity(new ErrorRepresentation("Content-Type", "an import is sent as one of " + String.join(", ", supported), null))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build());
    }
}
