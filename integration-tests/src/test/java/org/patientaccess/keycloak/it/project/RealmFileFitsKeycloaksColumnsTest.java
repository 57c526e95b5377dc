package org.patientaccess.keycloak.it.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Keycloak stores a client's or a client scope's description in a column of 255 characters: a longer
 * one in the realm file makes the demo's import, and every test realm made from the file, fail.
 */
class RealmFileFitsKeycloaksColumnsTest {

    private static final Path REALM_FILE = Path.of(System.getProperty("project.root"), "realm-config", "clinic-realm.json").normalize();
    private static final int DESCRIPTION_COLUMN = 255;

    @Test
    void everyDescriptionFitsItsColumn() throws IOException {
        List<String> tooLong = new ArrayList<>();
        collectTooLong(new ObjectMapper().readTree(REALM_FILE.toFile()), "", tooLong);

        assertThat(tooLong).isEmpty();
    }

    private static void collectTooLong(JsonNode node, String path, List<String> tooLong) {
        node.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (field.getKey().equals("description") && value.isTextual() && value.asText().length() > DESCRIPTION_COLUMN) {
                tooLong.add(path + "/description (" + value.asText().length() + " characters)");
            }
            collectTooLong(value, path + "/" + field.getKey(), tooLong);
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectTooLong(node.get(i), path + "[" + i + "]", tooLong);
            }
        }
    }
}
