package org.patientaccess.keycloak.rest;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.keycloak.representations.idm.ErrorRepresentation;
import org.keycloak.utils.KeycloakSessionUtil;
import org.patientaccess.keycloak.core.ConflictException;
import org.patientaccess.keycloak.core.FieldError;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.NotPermittedException;
import org.patientaccess.keycloak.core.PatientAccessException;
import org.patientaccess.keycloak.core.StaleVersionException;
import org.patientaccess.keycloak.core.TooSoonException;
import org.patientaccess.keycloak.core.UndoRefusedException;
import org.patientaccess.keycloak.core.UnknownIdException;

/**
 * Every refusal of the rules, whichever API it comes through, answered in one place, in Keycloak's
 * error shape ({@link ErrorRepresentation}): {@code field} and {@code errorMessage} name the first
 * problem, {@code errors} lists them all, {@code params} the ids concerned. As Keycloak's own error
 * handler does, the request's transaction is rolled back: nothing a refused request wrote is kept.
 */
@Provider
public class DomainErrors implements ExceptionMapper<PatientAccessException> {

    @Override
    public Response toResponse(PatientAccessException refusal) {
        KeycloakSessionUtil.getKeycloakSession().getTransactionManager().setRollbackOnly();
        return answer(refusal);
    }

    static Response answer(PatientAccessException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            return error(Response.Status.BAD_REQUEST, fields(invalid.errors()));
        }
        if (refusal instanceof NotPermittedException) {
            return error(Response.Status.FORBIDDEN, new ErrorRepresentation(null, refusal.getMessage(), null));
        }
        if (refusal instanceof UnknownIdException) {
            return error(Response.Status.NOT_FOUND, new ErrorRepresentation(null, refusal.getMessage(), null));
        }
        if (refusal instanceof UndoRefusedException undo) {
            ErrorRepresentation body = new ErrorRepresentation(null, undo.getMessage(), null);
            body.setErrors(undo.changes().stream()
                    .map(change -> new ErrorRepresentation(change.field(), change.message(), new Object[] {change.id()}))
                    .toList());
            return error(Response.Status.CONFLICT, body);
        }
        if (refusal instanceof ConflictException conflict) {
            return error(Response.Status.CONFLICT, new ErrorRepresentation(conflict.field(), conflict.getMessage(),
                    conflict.ids().isEmpty() ? null : conflict.ids().toArray()));
        }
        if (refusal instanceof StaleVersionException) {
            return error(Response.Status.PRECONDITION_FAILED, new ErrorRepresentation(HttpHeaders.IF_MATCH, refusal.getMessage(), null));
        }
        if (refusal instanceof TooSoonException tooSoon) {
            return Response.status(Response.Status.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, tooSoon.retryAfter().toSeconds()))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorRepresentation(tooSoon.field(), tooSoon.getMessage(), null))
                    .build();
        }
        throw new IllegalStateException("no answer for " + refusal.getClass().getSimpleName());
    }

    private static ErrorRepresentation fields(List<FieldError> errors) {
        ErrorRepresentation body = new ErrorRepresentation(errors.get(0).field(), errors.get(0).message(), null);
        body.setErrors(errors.stream().map(error -> new ErrorRepresentation(error.field(), error.message(), null)).toList());
        return body;
    }

    private static Response error(Response.Status status, ErrorRepresentation body) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
