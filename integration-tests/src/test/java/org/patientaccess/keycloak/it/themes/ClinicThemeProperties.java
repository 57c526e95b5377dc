package org.patientaccess.keycloak.it.themes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The branding properties of the clinic theme as shipped (themes/…/theme/clinic/{type}/theme.properties),
 * so that the tests check what the properties say, whatever colour or logo a clinic puts there.
 */
final class ClinicThemeProperties {

    private static final Path THEME = Path.of(System.getProperty("project.root"), "themes", "src", "main", "resources", "theme", "clinic");

    private final Properties properties = new Properties();

    private ClinicThemeProperties(String type) {
        try (Reader reader = Files.newBufferedReader(THEME.resolve(type).resolve("theme.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClinicThemeProperties login() {
        return new ClinicThemeProperties("login");
    }

    static ClinicThemeProperties email() {
        return new ClinicThemeProperties("email");
    }

    String get(String name) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new AssertionError("the clinic theme has no property " + name);
        }
        return value;
    }

    /** A #rrggbb property as Selenium reads a computed colour: {@code rgba(15, 118, 110, 1)}. */
    String rgba(String name) {
        String hex = get(name);
        return "rgba(" + Integer.parseInt(hex.substring(1, 3), 16) + ", " + Integer.parseInt(hex.substring(3, 5), 16) + ", "
                + Integer.parseInt(hex.substring(5, 7), 16) + ", 1)";
    }
}
