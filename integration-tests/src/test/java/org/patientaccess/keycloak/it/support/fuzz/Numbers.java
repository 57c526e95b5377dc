package org.patientaccess.keycloak.it.support.fuzz;

import java.math.BigDecimal;

/**
 * Numbers for JSON fields and query parameters: the edges of each type (where overflow, sign and
 * off-by-one mistakes live) often, small values (what validators compare against) and any value.
 */
public final class Numbers {

    private Numbers() {
    }

    public static Gen<Integer> ints() {
        return Weighted.of(2, Gen.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -2, -1, 0, 1, 2, 99, 100, 101, Integer.MAX_VALUE - 1, Integer.MAX_VALUE))
                .or(1, Gen.between(-200, 200))
                .or(2, random -> random.nextInt());
    }

    /** Longs, with the values beyond an int and beyond a JavaScript number's exact integers (2^53). */
    public static Gen<Long> longs() {
        return Weighted.of(2, Gen.of(Long.MIN_VALUE, Long.MAX_VALUE, (long) Integer.MAX_VALUE + 1, (long) Integer.MIN_VALUE - 1,
                        (1L << 53) + 1, -(1L << 53) - 1, 0L, -1L))
                .or(2, random -> random.nextLong());
    }

    /** Doubles: the edges, NaN and the infinities (Jackson writes those as strings), fractions of integers, and any finite double. */
    public static Gen<Double> doubles() {
        return Weighted.of(2, Gen.of(0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
                        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, 0.5, 1.0, 1.5, -1.0, 1e-300, 2147483648.0, 9.007199254740993E15))
                .or(1, random -> random.nextDouble(-1_000.0, 1_000.0))
                .or(1, Numbers::anyFiniteDouble);
    }

    /** Numbers no double or long holds: they reach the server only as JSON text. */
    public static Gen<BigDecimal> beyondDoubles() {
        return Gen.of(new BigDecimal("1e400"), new BigDecimal("9".repeat(500)).negate(), new BigDecimal("0.0000000001"),
                new BigDecimal("1e-400"), new BigDecimal("18446744073709551616"));
    }

    /** Any bit pattern that is a finite double: every exponent as likely, tiny and huge ones as often as ordinary ones. */
    private static double anyFiniteDouble(java.util.random.RandomGenerator random) {
        double value;
        do {
            value = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(value));
        return value;
    }
}
