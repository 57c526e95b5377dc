package org.patientaccess.keycloak.it.support.fuzz;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Fuzzing inside the Test Framework's own test methods: a property is checked against inputs
 * drawn from our generators ({@link Gen}) with a seeded random source. Each property draws its own
 * sequence from the run's seed and its name, so one can be replayed alone and adding a property
 * changes no other's inputs; a failure names the property, the seed, the try and the input.
 *
 * <p>{@code -Dfuzz.seed=<any text>} replays or varies a run, {@code -Dfuzz.tries=<n>} sets the tries per
 * property (kept small by default, so the suite stays within its CI time).
 */
public final class Fuzz {

    public static final String SEED = System.getProperty("fuzz.seed", "20261202");
    public static final int TRIES = Integer.getInteger("fuzz.tries", 60);

    private Fuzz() {
    }

    /** Checks {@code property} against {@code TRIES} inputs drawn from {@code inputs}. */
    public static <T> void check(String property, Gen<T> inputs, Consumer<T> check) {
        check(property, TRIES, inputs, check);
    }

    public static <T> void check(String property, int tries, Gen<T> inputs, Consumer<T> check) {
        SplittableRandom random = randomFor(SEED, property);
        long started = System.nanoTime();
        for (int attempt = 1; attempt <= tries; attempt++) {
            T input = inputs.draw(random);
            try {
                check.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property '" + property + "' failed at try " + attempt + " of " + tries
                        + " (-Dfuzz.seed=" + SEED + "): input " + abbreviated(input) + "\n" + e.getMessage(), e);
            }
        }
        System.out.printf("fuzz: %s, %d tries in %d ms (seed %s)%n", property, tries, (System.nanoTime() - started) / 1_000_000, SEED);
    }

    /**
     * The property's own random source. The seed text and the name are hashed to 64 bits the way
     * String.hashCode does to 32 (the same on every JVM), so that different seeds rarely collide.
     */
    static SplittableRandom randomFor(String seed, String property) {
        long hash = 17;
        for (char c : (seed + "\n" + property).toCharArray()) {
            hash = 31 * hash + c;
        }
        return new SplittableRandom(hash);
    }

    /**
     * An input as a failure shows it: long strings cut, so that a 300,000-character name stays
     * readable, and what a console would hide or garble (controls but the newline, invisible and
     * bidi characters, lone surrogates, unassigned code points) written as {@code \\uXXXX}, so that
     * it can be seen (a backslash in the input itself is left as it is).
     */
    public static String abbreviated(Object input) {
        String text = String.valueOf(input);
        String cut = text.length() <= 2_000 ? text : text.substring(0, 2_000) + "... (" + text.length() + " characters)";
        StringBuilder shown = new StringBuilder();
        cut.codePoints().forEach(c -> {
            if (c != '\n' && isHidden(c)) {
                for (char half : Character.toChars(c)) {
                    shown.append(String.format("\\u%04X", (int) half));
                }
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    private static boolean isHidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
