package org.patientaccess.keycloak.rest.representation;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.keycloak.util.JsonSerialization;
import org.patientaccess.keycloak.core.InvalidInputException;

/**
 * Reads request bodies with Keycloak's own Jackson, strictly: an unknown field is an error that
 * names it, so that a typo ("birthdate") is never silently dropped.
 */
public final class StrictJson {

    private StrictJson() {
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            T value = reader(type).readValue(json);
            if (value == null) {
                throw new InvalidInputException(null, "body must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw unknownField(e);
        } catch (JsonProcessingException e) {
            throw wrongShape(fieldOf(e), "body is not valid JSON of the expected shape");
        }
    }

    public static <T> T read(JsonNode node, Class<T> type) {
        if (!node.isObject()) {
            throw new InvalidInputException(null, "each element must be a JSON object");
        }
        try {
            return reader(type).readValue(node);
        } catch (UnrecognizedPropertyException e) {
            throw unknownField(e);
        } catch (JsonProcessingException e) {
            throw wrongShape(fieldOf(e), "element is not of the expected shape");
        } catch (IOException e) {
            throw new InvalidInputException(null, "element is not of the expected shape");
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

    private static ObjectReader reader(Class<?> type) {
        return JsonSerialization.mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static InvalidInputException wrongShape(String field, String otherwise) {
        return field == null ? new InvalidInputException(null, otherwise) : new InvalidInputException(field, field + " is not of the expected type");
    }

    /**
     * The top-level field being read when reading failed ({@code {"permissions": {}}}, a number too
     * large for {@code version}, a body cut short inside {@code firstName}), so that the answer can
     * name it; null when the failure is outside any field.
     */
    private static String fieldOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().get(0).getFieldName();
        }
        if (e.getProcessor() instanceof JsonParser parser) {
            JsonStreamContext context = parser.getParsingContext();
            while (context != null && context.getParent() != null && !context.getParent().inRoot()) {
                context = context.getParent();
            }
            return context == null || !context.inObject() ? null : context.getCurrentName();
        }
        return null;
    }

    private static InvalidInputException unknownField(UnrecognizedPropertyException e) {
        return new InvalidInputException(e.getPropertyName(), "unknown field '" + e.getPropertyName() + "'");
    }
}
