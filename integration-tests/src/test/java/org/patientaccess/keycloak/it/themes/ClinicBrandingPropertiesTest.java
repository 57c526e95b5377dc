package org.patientaccess.keycloak.it.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The clinic theme's branding properties, checked at build time: a clinic that changes a colour learns
 * here, before any page is shown, whether white text on it (buttons, the emails' band) and links in
 * it on white are still readable (WCAG 2 AA: a contrast of at least 4.5:1).
 */
class ClinicBrandingPropertiesTest {

    private static final double AA = 4.5;

    @Test
    void everyClinicColourKeepsWhiteTextOnItReadableAtAA() {
        ClinicThemeProperties login = ClinicThemeProperties.login();
        ClinicThemeProperties email = ClinicThemeProperties.email();

        assertThat(contrastWithWhite(login.get("clinicColor"))).as("login clinicColor").isGreaterThanOrEqualTo(AA);
        assertThat(contrastWithWhite(login.get("clinicColorHover"))).as("login clinicColorHover").isGreaterThanOrEqualTo(AA);
        assertThat(contrastWithWhite(email.get("clinicColor"))).as("email clinicColor").isGreaterThanOrEqualTo(AA);
    }

    @Test
    void theLogoIsAFileOfTheLoginTheme() {
        Path logo = Path.of(System.getProperty("project.root"), "themes", "src", "main", "resources", "theme", "clinic", "login",
                "resources").resolve(ClinicThemeProperties.login().get("clinicLogo"));

        assertThat(logo).isRegularFile();
        assertThat(Files.isReadable(logo)).isTrue();
    }

    @Test
    void theContrastIsComputedAsWcagDefinesIt() {
        assertThat(contrastWithWhite("#000000")).isEqualTo(21.0);
        assertThat(contrastWithWhite("#ffffff")).isEqualTo(1.0);
        assertThat(contrastWithWhite("#767676")).isBetween(4.5, 4.6);
    }

    /** WCAG 2's contrast ratio of a #rrggbb colour with white: (1 + 0.05) / (L + 0.05). */
    private static double contrastWithWhite(String hex) {
        double luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(String hex, int at) {
        double value = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
