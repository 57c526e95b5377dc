package org.patientaccess.keycloak.it.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.it.support.container.OfficialImage;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot run here (no Docker engine), so it is kept true by reading it. */
class DockerComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root")).normalize();

    @Test
    void everyFileItMountsFromTheRepositoryExistsAfterTheBuild() throws IOException {
        List<String> mounted = keycloakService().get("volumes") instanceof List<?> volumes
                ? volumes.stream().map(Object::toString).toList() : List.of();

        assertThat(mounted).isNotEmpty();
        for (String volume : mounted) {
            String source = volume.split(":")[0];
            assertThat(source).startsWith("./");
            assertThat(ROOT.resolve(source)).as(volume).isRegularFile();
        }
    }

    @Test
    void itMountsTheJarsOfThisVersionThatTheTestcontainersProfileDeploys() throws IOException {
        String version = System.getProperty("project.version");
        List<String> jars = ((List<?>) keycloakService().get("volumes")).stream().map(Object::toString)
                .map(volume -> volume.split(":")[0]).filter(source -> source.endsWith(".jar")).toList();

        assertThat(jars).containsExactly(
                "./providers/target/patient-access-providers-" + version + ".jar",
                "./themes/target/patient-access-themes-" + version + ".jar");
        assertThat(jars).containsExactlyElementsOf(OfficialImage.pluginJars().stream().map(jar -> "./" + jar).toList());
    }

    @Test
    void itRunsTheKeycloakVersionTheTestsRunOnTheImageTheTestcontainersProfileTests() throws IOException {
        assertThat(keycloakService().get("image"))
                .isEqualTo("quay.io/keycloak/keycloak:" + System.getProperty("keycloak.server.version"))
                .isEqualTo(OfficialImage.KEYCLOAK);
    }

    @Test
    void itCatchesMailWithTheMailpitTheTestcontainersProfileRuns() throws IOException {
        assertThat(service("mail").get("image")).isEqualTo(OfficialImage.MAILPIT);
    }

    private static Map<String, Object> keycloakService() throws IOException {
        return service("keycloak");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
        }
    }
}
