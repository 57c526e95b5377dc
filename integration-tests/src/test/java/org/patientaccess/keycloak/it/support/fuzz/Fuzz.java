package org.patientaccess.keycloak.it.support.fuzz;

import java.util.function.Consumer;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Property-based fuzzing inside the Test Framework's own test methods: jqwik's generators drawn
 * with a fixed seed (jqwik's engine runs on the JUnit platform here, but not the framework's
 * Jupiter extension, so a {@code @Property} could not reach the server). Each property draws its
 * own sequence from the run's seed and its name, so one can be replayed alone; a failure names the
 * property, the seed, the try and the input.
 *
 * <p>{@code -Dfuzz.seed=...} replays or varies a run, {@code -Dfuzz.tries=...} sets the tries per
 * property (kept small by default, so the suite stays within its CI time).
 */
public final class Fuzz {

    public static final String SEED = System.getProperty("fuzz.seed", "20261202");
    public static final int TRIES = Integer.getInteger("fuzz.tries", 60);

    private Fuzz() {
    }

    /** Checks {@code property} against {@code TRIES} inputs drawn from {@code inputs}. */
    public static <T> void check(String property, Arbitrary<T> inputs, Consumer<T> check) {
        check(property, TRIES, inputs, check);
    }

    public static <T> void check(String property, int tries, Arbitrary<T> inputs, Consumer<T> check) {
        String seed = Long.toString(SEED.hashCode() * 31L + property.hashCode());
        long started = System.nanoTime();
        JqwikSession.start(seed);
        try {
            for (int attempt = 1; attempt <= tries; attempt++) {
                T input = inputs.sample();
                try {
                    check.accept(input);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("property '" + property + "' failed at try " + attempt + " of " + tries
                            + " (-Dfuzz.seed=" + SEED + "): input " + abbreviated(input) + "\n" + e.getMessage(), e);
                }
            }
        } finally {
            JqwikSession.finish();
        }
        System.out.printf("fuzz: %s, %d tries in %d ms (seed %s)%n", property, tries, (System.nanoTime() - started) / 1_000_000, SEED);
    }

    /** An input as a failure shows it: long strings cut, so that a 300,000-character name stays readable. */
    public static String abbreviated(Object input) {
        String text = String.valueOf(input);
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "... (" + text.length() + " characters)";
    }
}
