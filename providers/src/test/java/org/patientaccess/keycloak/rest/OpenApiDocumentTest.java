package org.patientaccess.keycloak.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * docs/openapi.yaml is the document the build generates from the resources' annotations
 * (target/openapi/openapi.yaml, at process-classes), so that a changed field, path or rule shows in
 * the committed contract (and in the console's types made from it) or fails the build.
 */
class OpenApiDocumentTest {

    static final String REGENERATE = "./mvnw -pl providers process-classes -Dopenapi.update";

    @Test
    void theCommittedDocumentIsTheOneTheAnnotationsGenerate() throws IOException {
        List<String> generated = lines("openapi.generated");
        List<String> committed = lines("openapi.committed");
        for (int i = 0; i < Math.max(generated.size(), committed.size()); i++) {
            String made = i < generated.size() ? generated.get(i) : "(end of file)";
            String kept = i < committed.size() ? committed.get(i) : "(end of file)";
            if (!made.equals(kept)) {
                fail("docs/openapi.yaml differs from the document the annotations generate, first at line %d:%n"
                        + "  generated: %s%n  committed: %s%n"
                        + "Regenerate it from the repository root with `%s` and commit docs/openapi.yaml.",
                        i + 1, made, kept, REGENERATE);
            }
        }
    }

    @Test
    void theDocumentNamesTheRealUrlPathsOfBothApis() throws IOException {
        assertThat(lines("openapi.generated"))
                .contains("  /admin/realms/{realm}/patient-access/patients/{id}/accounts/{grantId}:",
                        "  /admin/realms/{realm}/patient-access/patients/{id}/invitations/{invitationId}/resend:",
                        "  /realms/{realm}/patient-access/me/patients:")
                .noneMatch(line -> line.startsWith("  /patients") || line.startsWith("  /me"));
    }

    private static List<String> lines(String property) throws IOException {
        Path file = Path.of(System.getProperty(property));
        assertThat(file).as("%s (run the tests through Maven, which generates it first)", file).exists();
        return Files.readAllLines(file);
    }
}
