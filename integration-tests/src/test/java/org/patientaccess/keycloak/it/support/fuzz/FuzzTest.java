package org.patientaccess.keycloak.it.support.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/** The fuzz runner without a server: a seed replays its inputs, and a failure says how to replay it. */
class FuzzTest {

    private static final Map<String, Object> VALID = new LinkedHashMap<>(Map.of("firstName", "Ana", "birthDate", "2001-02-03"));

    @Test
    void theSameSeedAndPropertyDrawTheSameInputs() {
        assertThat(bodies("20261202", "create a patient")).isEqualTo(bodies("20261202", "create a patient"));
    }

    @Test
    void anotherSeedOrAnotherPropertyDrawsOtherInputs() {
        assertThat(bodies("20261203", "create a patient")).isNotEqualTo(bodies("20261202", "create a patient"));
        assertThat(bodies("20261202", "edit a patient")).isNotEqualTo(bodies("20261202", "create a patient"));
    }

    @Test
    void anyTextIsASeed() {
        assertThat(bodies("a seed with spaces, é and 😀", "p")).hasSize(Fuzz.TRIES);
    }

    @Test
    void aFailureNamesThePropertyTheTryTheSeedAndTheInputWithItsHiddenCharactersShown() {
        int[] tries = {0};

        assertThatThrownBy(() -> Fuzz.check("fails on the third", 10, Gen.just("\u202Eevil\u0000"), input -> {
            if (++tries[0] == 3) {
                throw new AssertionError("the check's own message");
            }
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("property 'fails on the third' failed at try 3 of 10")
                .hasMessageContaining("-Dfuzz.seed=" + Fuzz.SEED)
                .hasMessageContaining("input \\u202Eevil\\u0000")
                .hasMessageContaining("the check's own message");
    }

    @Test
    void aHugeInputIsCutInTheMessage() {
        assertThat(Fuzz.abbreviated("x".repeat(300_000))).hasSize(2_000 + "... (300000 characters)".length()).endsWith("(300000 characters)");
    }

    @Test
    void theDefaultRunIsSixtyTriesFromAFixedSeed() {
        // What docs/tests.md and CI times assume; -Dfuzz.tries and -Dfuzz.seed change them for a run.
        if (System.getProperty("fuzz.tries") == null && System.getProperty("fuzz.seed") == null) {
            assertThat(Fuzz.TRIES).isEqualTo(60);
            assertThat(Fuzz.SEED).isEqualTo("20261202");
        }
    }

    private static List<String> bodies(String seed, String property) {
        RandomGenerator random = Fuzz.randomFor(seed, property);
        Gen<String> bodies = Junk.body(VALID);
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < Fuzz.TRIES; i++) {
            drawn.add(bodies.draw(random));
        }
        return drawn;
    }
}
