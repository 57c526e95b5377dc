package org.patientaccess.keycloak.it.support.container;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Keycloak's official image with the plugin's JARs in its providers/, as docker-compose.yml runs it
 * and the testcontainers profile tests it: one Keycloak version (the pom's keycloak.server.version)
 * and one pair of JARs (the build's), named here for both.
 */
public final class OfficialImage {

    /** The official image of the Keycloak version the build runs everywhere. */
    public static final String KEYCLOAK = "quay.io/keycloak/keycloak:" + System.getProperty("keycloak.server.version");

    /** The mail catcher beside it. */
    public static final String MAILPIT = "axllent/mailpit:v1.27";

    private OfficialImage() {
    }

    /** The plugin's JARs as the build leaves them, relative to the repository's root. */
    public static List<String> pluginJars() {
        String version = System.getProperty("project.version");
        return List.of(
                "providers/target/patient-access-providers-" + version + ".jar",
                "themes/target/patient-access-themes-" + version + ".jar");
    }

    /** The same JARs as files of this checkout. */
    public static List<File> pluginJarFiles() {
        Path root = Path.of(System.getProperty("project.root")).normalize();
        return pluginJars().stream().map(jar -> root.resolve(jar).toFile()).toList();
    }
}
