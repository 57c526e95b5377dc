package org.patientaccess.keycloak.it.support.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A choice between generators by weight: {@code Weighted.of(3, common).or(1, rare)} draws from
 * {@code common} three times as often as from {@code rare}. Immutable: {@code or} gives a new choice.
 */
public final class Weighted<T> implements Gen<T> {

    private record Option<T>(int weight, Gen<? extends T> gen) {
    }

    private final List<Option<T>> options;
    private final int total;

    private Weighted(List<Option<T>> options) {
        this.options = List.copyOf(options);
        this.total = options.stream().mapToInt(Option::weight).sum();
    }

    public static <T> Weighted<T> of(int weight, Gen<? extends T> gen) {
        return new Weighted<T>(List.of()).or(weight, gen);
    }

    public Weighted<T> or(int weight, Gen<? extends T> gen) {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight " + weight);
        }
        List<Option<T>> more = new ArrayList<>(options);
        more.add(new Option<>(weight, gen));
        return new Weighted<>(more);
    }

    @Override
    public T draw(RandomGenerator random) {
        int ticket = random.nextInt(total);
        for (Option<T> option : options) {
            ticket -= option.weight();
            if (ticket < 0) {
                return option.gen().draw(random);
            }
        }
        throw new AssertionError("the weights add up to " + total);
    }
}
