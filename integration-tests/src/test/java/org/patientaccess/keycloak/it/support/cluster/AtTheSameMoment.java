package org.patientaccess.keycloak.it.support.cluster;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Two actions (one per node, typically) that wait at one gate, each on its own thread, and leave it together. */
public final class AtTheSameMoment {

    private AtTheSameMoment() {
    }

    public record Both<A, B>(A first, B second) {
    }

    public static <A, B> Both<A, B> run(Supplier<A> first, Supplier<B> second) {
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<A> one = CompletableFuture.supplyAsync(() -> afterGate(gate, first), threads);
            CompletableFuture<B> two = CompletableFuture.supplyAsync(() -> afterGate(gate, second), threads);
            gate.countDown();
            return new Both<>(one.join(), two.join());
        } finally {
            threads.shutdown();
        }
    }

    private static <T> T afterGate(CountDownLatch gate, Supplier<T> action) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return action.get();
    }
}
