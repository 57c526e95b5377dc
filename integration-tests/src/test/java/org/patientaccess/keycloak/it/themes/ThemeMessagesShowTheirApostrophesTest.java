package org.patientaccess.keycloak.it.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * An apostrophe in a message shows on the page as written. Keycloak uses a message in one of two ways,
 * by theme type:
 * <ul>
 *   <li>login and email (and the providers' own messages, which our login pages and emails use): the
 *       FreeMarker pages call {@code msg()} and {@code advancedMsg()}, which always format the message with
 *       {@link MessageFormat}, parameters or not. There a lone ' starts a quoted part and vanishes
 *       ("Avec l'indicatif" shows "Avec lindicatif"): an apostrophe is written '' (or the typographic ’).</li>
 *   <li>account and admin: the consoles fetch the messages as they are written
 *       ({@code /resources/{realm}/{type}/{language}}) and i18next shows them without MessageFormat, so
 *       '' would show twice: an apostrophe is written ' (or ’).</li>
 * </ul>
 */
class ThemeMessagesShowTheirApostrophesTest {

    private static final Set<String> FORMATTED = Set.of("login", "email");
    private static final Set<String> AS_WRITTEN = Set.of("account", "admin");

    @Test
    void messageFormatSwallowsALoneApostropheAndShowsADoubledOne() {
        assertThat(format("Avec l'indicatif régional")).isEqualTo("Avec lindicatif régional");
        assertThat(format("Avec l''indicatif régional")).isEqualTo("Avec l'indicatif régional");
    }

    @Test
    void everyLoginAndEmailMessageDoublesItsApostrophesAndIsAValidMessageFormat() {
        List<String> wrong = new ArrayList<>();
        for (ThemeMessages file : ThemeMessages.all()) {
            if (!FORMATTED.contains(file.themeType())) {
                continue;
            }
            file.messages().forEach((key, value) -> {
                if (value.replace("''", "").contains("'")) {
                    wrong.add(file.where(key) + " has a lone ' (write '' or ’): " + value);
                }
                try {
                    new MessageFormat(value, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    wrong.add(file.where(key) + " is not a MessageFormat pattern (" + e.getMessage() + "): " + value);
                }
            });
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void noAccountOrAdminMessageDoublesAnApostrophe() {
        List<String> wrong = new ArrayList<>();
        for (ThemeMessages file : ThemeMessages.all()) {
            if (!AS_WRITTEN.contains(file.themeType())) {
                continue;
            }
            file.messages().forEach((key, value) -> {
                if (value.contains("''")) {
                    wrong.add(file.where(key) + " has '' (the console shows both; write ' or ’): " + value);
                }
            });
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void everyMessagesFileIsOfAThemeTypeWhoseRuleIsKnown() {
        assertThat(ThemeMessages.all())
                .allSatisfy(file -> assertThat(FORMATTED.contains(file.themeType()) || AS_WRITTEN.contains(file.themeType()))
                        .as("%s: theme type %s (how does Keycloak use its messages? add it to this test)", file.file(), file.themeType())
                        .isTrue())
                .extracting(ThemeMessages::themeType)
                .containsAll(FORMATTED)
                .containsAll(AS_WRITTEN);
    }

    private static String format(String pattern) {
        return new MessageFormat(pattern, Locale.FRENCH).format(new Object[0]);
    }
}
