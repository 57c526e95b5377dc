package org.patientaccess.keycloak.it.themes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every messages_*.properties file the project ships, read as Keycloak reads them (UTF-8): the clinic
 * theme's, per theme type (themes/…/theme/clinic/{type}/messages), and the providers' own
 * (providers/…/theme-resources/messages), which Keycloak adds to every theme and our login pages and
 * emails use.
 */
record ThemeMessages(Path file, String themeType, Map<String, String> messages) {

    static final Path ROOT = Path.of(System.getProperty("project.root"));
    static final Path THEMES = ROOT.resolve(Path.of("themes", "src", "main", "resources", "theme"));
    static final Path PROVIDERS = ROOT.resolve(Path.of("providers", "src", "main", "resources", "theme-resources", "messages"));
    /** The providers' messages are used by their login pages and emails, so they follow the login type's rule. */
    static final String PROVIDERS_TYPE = "login";

    static List<ThemeMessages> all() {
        try (Stream<Path> themeFiles = Files.walk(THEMES); Stream<Path> providerFiles = Files.list(PROVIDERS)) {
            Stream<ThemeMessages> themes = themeFiles.filter(ThemeMessages::isMessages)
                    // theme/{name}/{type}/messages/messages_xx.properties
                    .map(file -> read(file, file.getParent().getParent().getFileName().toString()));
            Stream<ThemeMessages> providers = providerFiles.filter(ThemeMessages::isMessages).map(file -> read(file, PROVIDERS_TYPE));
            List<ThemeMessages> all = Stream.concat(themes, providers).toList();
            if (all.isEmpty()) {
                throw new AssertionError("no messages file under " + THEMES + " nor " + PROVIDERS);
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ThemeMessages> french() {
        return all().stream().filter(messages -> messages.file().getFileName().toString().equals("messages_fr.properties")).toList();
    }

    private static boolean isMessages(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("messages_") && name.endsWith(".properties");
    }

    private static ThemeMessages read(Path file, String themeType) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
        return new ThemeMessages(file, themeType, messages);
    }

    String where(String key) {
        return ROOT.relativize(file) + ": " + key;
    }
}
