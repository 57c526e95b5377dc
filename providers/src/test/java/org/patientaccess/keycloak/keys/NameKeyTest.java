package org.patientaccess.keycloak.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void foldingIgnoresCaseAccentsSpacingAndPunctuation() {
        assertThat(NameKey.fold("Zoë O'Brien")).isEqualTo("zoeobrien");
        assertThat(NameKey.fold("  JEAN-FRANÇOIS ")).isEqualTo("jeanfrancois");
        assertThat(NameKey.fold("Hernández")).isEqualTo("hernandez");
        assertThat(NameKey.fold("van der Berg")).isEqualTo(NameKey.fold("Vanderberg"));
    }

    @Test
    void foldingSpellsLettersThatDoNotDecomposeAsPeopleTypeThem() {
        assertThat(NameKey.fold("Łukasz Størmer")).isEqualTo("lukaszstormer");
        assertThat(NameKey.fold("Straße")).isEqualTo("strasse");
        assertThat(NameKey.fold("Ærø")).isEqualTo("aero");
    }

    @Test
    void foldingANameWithoutLettersGivesNothing() {
        assertThat(NameKey.fold("-- ' --")).isEmpty();
        assertThat(NameKey.fold(null)).isEmpty();
    }

    @Test
    void namesThatSoundAlikeShareAPhoneticKey() {
        assertThat(NameKey.phonetic("Smith")).isEqualTo(NameKey.phonetic("Smyth"));
        assertThat(NameKey.phonetic("Catherine")).isEqualTo(NameKey.phonetic("Kathryn"));
        assertThat(NameKey.phonetic("Garcia")).isNotEqualTo(NameKey.phonetic("Nguyen"));
    }

    @Test
    void thePrefixUpperBoundIsTheNextStringAfterEveryCompletionOfThePrefix() {
        assertThat(NameKey.prefixUpperBound("smi")).isEqualTo("smj");
        assertThat(NameKey.prefixUpperBound("az")).isEqualTo("b");
        assertThat(NameKey.prefixUpperBound("a9")).isEqualTo("aa");
        assertThat(NameKey.prefixUpperBound("zz")).isNull();
        assertThat("smith").isGreaterThanOrEqualTo("smi").isLessThan(NameKey.prefixUpperBound("smi"));
        assertThat("azzzz").isLessThan(NameKey.prefixUpperBound("az"));
    }
}
