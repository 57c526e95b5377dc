package org.patientaccess.benchmarks.tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * A closed-loop load: a fixed number of threads repeat one operation as fast as answers come, first
 * for a warm-up that is thrown away, then for the measured time.
 */
final class LoadPhase {

    interface Operation {
        void run() throws Exception;
    }

    record Result(long operations, long errors, double seconds, Histogram latencyMicros) {

        double throughput() {
            return operations / seconds;
        }

        double percentileMillis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        Result plus(Result other) {
            Histogram merged = latencyMicros.copy();
            merged.add(other.latencyMicros);
            return new Result(operations + other.operations, errors + other.errors, seconds + other.seconds, merged);
        }
    }

    static Result run(int threads, Duration warmUp, Duration measured, Operation operation) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<Histogram> histograms = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Histogram histogram = new Histogram(60_000_000L, 3);
            histograms.add(histogram);
            Thread worker = new Thread(() -> {
                while (true) {
                    long before = System.nanoTime();
                    if (before >= end) {
                        return;
                    }
                    boolean ok = true;
                    try {
                        operation.run();
                    } catch (Exception e) {
                        ok = false;
                    }
                    long after = System.nanoTime();
                    if (before >= measureFrom && after <= end) {
                        if (ok) {
                            histogram.recordValue(Math.max(1, (after - before) / 1000));
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        Histogram all = new Histogram(60_000_000L, 3);
        histograms.forEach(all::add);
        return new Result(all.getTotalCount(), errors.get(), measured.toNanos() / 1e9, all);
    }
}
