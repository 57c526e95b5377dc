package org.patientaccess.keycloak.rest.admin;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.keycloak.representations.idm.ErrorRepresentation;
import org.keycloak.services.ErrorResponseException;
import org.patientaccess.keycloak.core.RecordStateException;
import org.patientaccess.keycloak.core.FieldError;
import org.patientaccess.keycloak.core.InvalidInputException;

/**
 * Error answers in Keycloak's own shape ({@link ErrorRepresentation}): {@code field} and
 * {@code errorMessage} name the first problem, {@code errors} lists them all. The schema below is
 * that shape for the API document (Keycloak's class is not among the classes the document is made from).
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

    public static ErrorResponseException badRequest(List<FieldError> errors) {
        ErrorRepresentation body = new ErrorRepresentation(errors.get(0).field(), errors.get(0).message(), null);
        body.setErrors(errors.stream().map(e -> new ErrorRepresentation(e.field(), e.message(), null)).toList());
        return error(Response.Status.BAD_REQUEST, body);
    }

    public static ErrorResponseException badRequest(InvalidInputException e) {
        return badRequest(List.of(new FieldError(e.field(), e.getMessage())));
    }

    public static ErrorResponseException badRequest(String field, String message) {
        return badRequest(List.of(new FieldError(field, message)));
    }

    static ErrorResponseException patientNotFound() {
        return notFound("Patient not found");
    }

    public static ErrorResponseException notFound(String message) {
        return error(Response.Status.NOT_FOUND, new ErrorRepresentation(null, message, null));
    }

    public static ErrorResponseException forbidden(String message) {
        return error(Response.Status.FORBIDDEN, new ErrorRepresentation(null, message, null));
    }

    public static ErrorResponseException conflict(String message) {
        return error(Response.Status.CONFLICT, new ErrorRepresentation(null, message, null));
    }

    /** A change the record's status forbids; a merged record's survivor is named in {@code mergedInto} and {@code params}. */
    public static ErrorResponseException recordState(RecordStateException e) {
        return e.survivorId() == null
                ? conflict(e.getMessage())
                : error(Response.Status.CONFLICT, new ErrorRepresentation("mergedInto", e.getMessage(), new Object[] {e.survivorId()}));
    }

    /** A state conflict with several causes, each in {@code errors} with the field it concerns and the ids in {@code params}. */
    static ErrorResponseException conflict(String message, List<ErrorRepresentation> causes) {
        ErrorRepresentation body = new ErrorRepresentation(null, message, null);
        body.setErrors(causes);
        return error(Response.Status.CONFLICT, body);
    }

    static ErrorResponseException preconditionFailed(String message) {
        return error(Response.Status.PRECONDITION_FAILED, new ErrorRepresentation(IfMatch.HEADER, message, null));
    }

    static ErrorResponseException unsupportedImportType(List<String> supported) {
        return error(Response.Status.UNSUPPORTED_MEDIA_TYPE, new ErrorRepresentation("Content-Type",
                "an import is sent as one of " + String.join(", ", supported), null));
    }

    private static ErrorResponseException error(Response.Status status, ErrorRepresentation body) {
        return new ErrorResponseException(Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build());
    }
}
