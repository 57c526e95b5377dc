package org.patientaccess.benchmarks.tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;

/**
 * A closed-loop load: a fixed number of threads repeat one operation as fast as answers come, first
 * for a warm-up that is thrown away, then for the measured time.
 */
final class LoadPhase {

    interface Operation {
        void run() throws Exception;
    }

    /** {@code serverCpuSeconds}: CPU time the server used during the measured time. */
    record Result(long operations, long errors, double seconds, double serverCpuSeconds, Histogram latencyMicros) {

        double throughput() {
            return operations / seconds;
        }

        /** What one operation costs the server, whatever the client and the database took. */
        double serverCpuMillisPerOperation() {
            return serverCpuSeconds * 1000 / operations;
        }

        double percentileMillis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        Result plus(Result other) {
            Histogram merged = latencyMicros.copy();
            merged.add(other.latencyMicros);
            return new Result(operations + other.operations, errors + other.errors, seconds + other.seconds,
                    serverCpuSeconds + other.serverCpuSeconds, merged);
        }
    }

    static Result run(int threads, Duration warmUp, Duration measured, Supplier<Duration> serverCpu, Operation operation)
            throws InterruptedException {
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
        sleepUntil(measureFrom);
        Duration cpuAtStart = serverCpu.get();
        sleepUntil(end);
        Duration cpuUsed = serverCpu.get().minus(cpuAtStart);
        for (Thread worker : workers) {
            worker.join();
        }
        Histogram all = new Histogram(60_000_000L, 3);
        histograms.forEach(all::add);
        return new Result(all.getTotalCount(), errors.get(), measured.toNanos() / 1e9, cpuUsed.toNanos() / 1e9, all);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }
}
