package org.patientaccess.keycloak.rest.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.PatientInput;
import org.patientaccess.keycloak.importing.ImportRow;
import org.patientaccess.keycloak.rest.representation.StrictJson;

/**
 * Reads {@code application/fhir+json}: a FHIR R4 Bundle of any type (collection, transaction,
 * batch, searchset) whose Patient entries are the patients; every other resource (an Encounter, a
 * Condition, an Organization) is skipped. Of a Patient:
 * <ul>
 *   <li>the external id is the identifier typed MR (medical record number), else the first
 *       identifier, else the resource id;</li>
 *   <li>the official name (else the first) gives the names as written: its given names joined by a
 *       space and its family name; prefixes and suffixes ("Mr.", "Jr.") are left out, and digits a
 *       generator appended ("Jose871") are kept, since the file says so;</li>
 *   <li>telecom gives the email (home first) and the phone (mobile first);</li>
 *   <li>everything else (gender, address, extensions, deceased, multiple birth) is not kept.</li>
 * </ul>
 */
public final class FhirPatientReader {

    /** HL7 v2 table 0203, the identifier types FHIR R4 uses; a coding without a system is read as one of them. */
    private static final String IDENTIFIER_TYPES = "http://terminology.hl7.org/CodeSystem/v2-0203";
    private static final String MEDICAL_RECORD_NUMBER = "MR";

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
            String resourceType = entry.path("resource").path("resourceType").asText();
            if (resourceType.isEmpty()) {
                rows.add(ImportRow.unreadable(row, "resource", "entry has no resource with a resourceType"));
            } else if (resourceType.equals("Patient")) {
                rows.add(ImportRow.of(row, patient(entry.path("resource"))));
            } else {
                rows.add(ImportRow.skipped(row, resourceType));
            }
        }
        return rows;
    }

    private static PatientInput patient(JsonNode resource) {
        JsonNode name = preferred(resource.path("name"), "use", "official");
        String given = StreamSupport.stream(name.path("given").spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.joining(" "));
        return new PatientInput(externalId(resource), given, text(name.path("family")), text(resource.path("birthDate")),
                text(telecom(resource, "email", "home").path("value")), text(telecom(resource, "phone", "mobile").path("value")));
    }

    /**
     * The clinic's number for the patient. Exports list several identifiers (Synthea: its own id,
     * the MR, a social security, driver's licence and passport number), so the one typed MR wins;
     * the first stands in when none is typed, and the resource id when there is none at all.
     */
    private static String externalId(JsonNode resource) {
        JsonNode identifiers = resource.path("identifier");
        for (JsonNode identifier : identifiers) {
            if (isMedicalRecordNumber(identifier) && text(identifier.path("value")) != null) {
                return text(identifier.path("value"));
            }
        }
        String first = text(identifiers.path(0).path("value"));
        return first != null ? first : text(resource.path("id"));
    }

    private static boolean isMedicalRecordNumber(JsonNode identifier) {
        for (JsonNode coding : identifier.path("type").path("coding")) {
            JsonNode system = coding.path("system");
            if (MEDICAL_RECORD_NUMBER.equals(coding.path("code").asText())
                    && (system.isMissingNode() || IDENTIFIER_TYPES.equals(system.asText()))) {
                return true;
            }
        }
        return false;
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
