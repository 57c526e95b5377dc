package org.patientaccess.keycloak.it.support.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of test inputs: draws a value from the random source it is given. It keeps no state
 * of its own, so the same seed gives the same values and a run can be replayed (see {@link Fuzz}).
 */
@FunctionalInterface
public interface Gen<T> {

    T draw(RandomGenerator random);

    /** Always {@code value} (may be null). */
    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    /** One of {@code values}, each as likely (null allowed). */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    /** One of {@code values}, each as likely. */
    static <T> Gen<T> of(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /** An int from {@code min} to {@code max}, both included. */
    static Gen<Integer> between(int min, int max) {
        return random -> (int) random.nextLong(min, max + 1L); // as a long, so that max may be Integer.MAX_VALUE
    }

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(draw(random));
    }

    /** A value drawn from a generator that depends on this one's value (a CSV row on its header, say). */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> next) {
        return random -> next.apply(draw(random)).draw(random);
    }

    /** Null now and then: a JSON array with holes, say. */
    default Gen<T> orNull(double probability) {
        return random -> random.nextDouble() < probability ? null : draw(random);
    }

    /** A list of 0 to {@code maxSize} values. */
    default Gen<List<T>> list(int maxSize) {
        return random -> {
            int size = random.nextInt(maxSize + 1);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(draw(random));
            }
            return values;
        };
    }

    /** 0 to {@code maxSize} of {@code values}, none twice, in a random order. */
    static <T> Gen<List<T>> distinct(List<T> values, int maxSize) {
        List<T> copy = List.copyOf(values);
        return random -> {
            List<T> shuffled = new ArrayList<>(copy);
            // Fisher-Yates (Collections.shuffle takes a java.util.Random on Java 17, not the run's source).
            for (int i = shuffled.size() - 1; i > 0; i--) {
                Collections.swap(shuffled, i, random.nextInt(i + 1));
            }
            return List.copyOf(shuffled.subList(0, random.nextInt(Math.min(maxSize, shuffled.size()) + 1)));
        };
    }

    /**
     * Only values {@code keep} accepts, drawing again if needed. For rare rejections only: after
     * 1,000 draws in a row rejected it gives up rather than loop, since the generator is then wrong.
     */
    default Gen<T> filter(Predicate<? super T> keep) {
        return random -> {
            for (int attempt = 0; attempt < 1_000; attempt++) {
                T value = draw(random);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("1,000 draws in a row rejected by the filter");
        };
    }
}
