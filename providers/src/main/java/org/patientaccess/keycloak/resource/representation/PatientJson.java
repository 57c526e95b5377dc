package org.patientaccess.keycloak.resource.representation;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.keycloak.util.JsonSerialization;
import org.patientaccess.keycloak.validation.InvalidInputException;

/**
 * Reads patients from JSON with Keycloak's own Jackson, strictly: an unknown field is an error that
 * names it, so that a typo ("birthdate") is never silently dropped.
 */
public final class PatientJson {

    private static final ObjectReader PATIENT = JsonSerialization.mapper
            .readerFor(PatientRepresentation.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PatientJson() {
    }

    public static PatientRepresentation read(String json) {
        try {
            PatientRepresentation patient = PATIENT.readValue(json);
            if (patient == null) {
                throw new InvalidInputException(null, "body must be a JSON object");
            }
            return patient;
        } catch (UnrecognizedPropertyException e) {
            throw unknownField(e);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(null, "body is not a JSON patient object");
        }
    }

    public static PatientRepresentation read(JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidInputException(null, "each patient must be a JSON object");
        }
        try {
            return PATIENT.readValue(node);
        } catch (UnrecognizedPropertyException e) {
            throw unknownField(e);
        } catch (IOException e) {
            throw new InvalidInputException(null, "patient is not a JSON patient object");
        }
    }

    public static JsonNode tree(String json) {
        try {
            JsonNode node = JsonSerialization.mapper.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidInputException(null, "body is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(null, "body is not valid JSON");
        }
    }

    private static InvalidInputException unknownField(UnrecognizedPropertyException e) {
        return new InvalidInputException(e.getPropertyName(), "unknown field '" + e.getPropertyName() + "'");
    }
}
