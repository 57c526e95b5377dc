package org.patientaccess.keycloak.it.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * One French word per thing, as docs/glossary-fr.md chose them, in every French file the project ships:
 * the clinic theme's (login and registration pages, emails, the account console's Family &amp; access, the
 * staff console) and the providers' (our pages and emails). A person who reads "courriel" on one page
 * and "e-mail" on the next wonders whether they are two things.
 */
class FrenchMessagesUseTheGlossarysWordsTest {

    /** Words the glossary set aside, and the glossary's word for them. */
    private record SetAside(String words, Pattern pattern, String instead) {

        SetAside(String words, String regex, String instead) {
            this(words, Pattern.compile("(?<![\\p{L}-])" + regex + "(?![\\p{L}-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    instead);
        }

        boolean foundIn(String text) {
            return pattern.matcher(text).find();
        }
    }

    private static final List<SetAside> SET_ASIDE = List.of(
            new SetAside("e-mail, mail", "(e-?)?mails?", "courriel, adresse courriel"),
            new SetAside("adresse électronique, de courriel", "adresses? (de courriel|électroniques?|e-?mail)", "adresse courriel"),
            new SetAside("mél", "mél", "courriel"),
            new SetAside("numéro de dossier", "num[ée]ros? de dossiers?", "numéro à la clinique"),
            new SetAside("identifiant externe", "identifiants? externes?", "numéro à la clinique"));

    /** i18next's {{name}} and MessageFormat's {0}: names of values, not words the person reads. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{\\d+}");

    @Test
    void everyFrenchMessageUsesTheGlossarysWords() {
        List<ThemeMessages> files = ThemeMessages.french();
        List<String> wrong = new ArrayList<>();
        for (ThemeMessages file : files) {
            file.messages().forEach((key, value) -> {
                String text = PLACEHOLDER.matcher(value).replaceAll("");
                SET_ASIDE.stream().filter(setAside -> setAside.foundIn(text)).forEach(setAside -> wrong.add(
                        file.where(key) + " says " + setAside.words() + " where the glossary says " + setAside.instead() + ": " + value));
            });
        }

        assertThat(files).extracting(ThemeMessages::themeType).contains("login", "email", "account", "admin");
        assertThat(wrong).isEmpty();
    }

    @Test
    void theWordsSetAsideAreFoundInTheirUsualForms() {
        assertThat(List.of("Votre E-mail", "par e-mail", "son email", "un mail", "l’adresse électronique", "Numéro de dossier",
                "même identifiant externe"))
                .allSatisfy(text -> assertThat(SET_ASIDE).anySatisfy(setAside -> assertThat(setAside.foundIn(text)).isTrue()));
        assertThat(List.of("Courriel", "l’adresse courriel", "Numéro à la clinique", "votre dossier à la clinique"))
                .allSatisfy(text -> assertThat(SET_ASIDE).noneSatisfy(setAside -> assertThat(setAside.foundIn(text)).isTrue()));
    }
}
