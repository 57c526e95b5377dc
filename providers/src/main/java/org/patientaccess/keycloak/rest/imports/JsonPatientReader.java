package org.patientaccess.keycloak.rest.imports;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.importing.ImportRow;
import org.patientaccess.keycloak.rest.representation.PatientRepresentation;
import org.patientaccess.keycloak.rest.representation.StrictJson;

/** Reads {@code application/json}: an array of patient objects as the API writes them. */
public final class JsonPatientReader {

    private JsonPatientReader() {
    }

    public static List<ImportRow> read(String json) {
        JsonNode array = StrictJson.tree(json);
        if (!array.isArray()) {
            throw new InvalidInputException(null, "body must be a JSON array of patients");
        }
        List<ImportRow> rows = new ArrayList<>();
        int row = 0;
        for (JsonNode element : array) {
            row++;
            try {
                rows.add(ImportRow.of(row, StrictJson.read(element, PatientRepresentation.class).input()));
            } catch (InvalidInputException e) {
                rows.add(ImportRow.unreadable(row, e.field(), e.getMessage()));
            }
        }
        return rows;
    }
}
