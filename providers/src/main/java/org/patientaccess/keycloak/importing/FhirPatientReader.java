package org.patientaccess.keycloak.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import org.patientaccess.keycloak.resource.representation.StrictJson;
import org.patientaccess.keycloak.resource.representation.PatientRepresentation;
import org.patientaccess.keycloak.validation.InvalidInputException;

/**
 * Reads {@code application/fhir+json}: a FHIR R4 Bundle whose entries are Patient resources.
 * The first identifier is the external id; the official name (else the first) gives the names;
 * telecom gives the email and the phone (a mobile number first).
 */
public final class FhirPatientReader {

    private FhirPatientReader() {
    }

    public static List<ImportRow> read(String json) {
        JsonNode bundle = StrictJson.tree(json);
        if (!"Bundle".equals(bundle.path("resourceType").asText())) {
            throw new InvalidInputException("resourceType", "body must be a FHIR Bundle");
        }
        List<ImportRow> rows = new ArrayList<>();
        int row = 0;
        for (JsonNode entry : bundle.path("entry")) {
            row++;
            JsonNode resource = entry.path("resource");
            if (!"Patient".equals(resource.path("resourceType").asText())) {
                rows.add(ImportRow.unreadable(row, "resourceType", "entry is not a FHIR Patient"));
                continue;
            }
            rows.add(ImportRow.of(row, patient(resource)));
        }
        return rows;
    }

    private static PatientRepresentation patient(JsonNode resource) {
        PatientRepresentation patient = new PatientRepresentation();
        patient.setExternalId(text(resource.path("identifier").path(0).path("value")));
        JsonNode name = preferred(resource.path("name"), "use", "official");
        patient.setLastName(text(name.path("family")));
        patient.setFirstName(StreamSupport.stream(name.path("given").spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.joining(" ")));
        patient.setBirthDate(text(resource.path("birthDate")));
        patient.setEmail(text(telecom(resource, "email", "home").path("value")));
        patient.setPhone(text(telecom(resource, "phone", "mobile").path("value")));
        return patient;
    }

    private static JsonNode telecom(JsonNode resource, String system, String preferredUse) {
        List<JsonNode> ofSystem = new ArrayList<>();
        resource.path("telecom").forEach(contact -> {
            if (system.equals(contact.path("system").asText())) {
                ofSystem.add(contact);
            }
        });
        return ofSystem.stream()
                .filter(contact -> preferredUse.equals(contact.path("use").asText()))
                .findFirst()
                .orElse(ofSystem.isEmpty() ? MissingNode.getInstance() : ofSystem.get(0));
    }

    private static JsonNode preferred(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(field).asText())) {
                return element;
            }
        }
        return array.path(0);
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : null;
    }
}
