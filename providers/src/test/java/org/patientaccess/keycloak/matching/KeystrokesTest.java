package org.patientaccess.keycloak.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeystrokesTest {

    @Test
    void aLetterDroppedAddedMistypedOrSwappedIsOneKeystroke() {
        assertThat(Keystrokes.oneApart("garcia", "garca")).isTrue();
        assertThat(Keystrokes.oneApart("garca", "garcia")).isTrue();
        assertThat(Keystrokes.oneApart("garcia", "garcoa")).isTrue();
        assertThat(Keystrokes.oneApart("garcia", "gracia")).isTrue();
        assertThat(Keystrokes.oneApart("garcia", "garcai")).isTrue();
    }

    @Test
    void twoSlipsOrTheSameNameAreNotOneKeystroke() {
        assertThat(Keystrokes.oneApart("garcia", "gorcoa")).isFalse();
        assertThat(Keystrokes.oneApart("garcia", "garcia")).isFalse();
        assertThat(Keystrokes.oneApart("garcia", "aicrag")).isFalse();
        assertThat(Keystrokes.oneApart("garcia", "garciaaa")).isFalse();
    }
}
