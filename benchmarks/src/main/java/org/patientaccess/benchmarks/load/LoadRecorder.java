package org.patientaccess.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;

/**
 * What the load client saw, per kind of operation: how many, how each ended (done, a designed
 * refusal such as 409 or 429, or anything else), the HTTP requests they took, and the latency of
 * those that got an answer. Only operations that started after the warm-up count.
 */
final class LoadRecorder {

    static final String DONE = "done";
    private static final int SAMPLES_PER_ERROR = 3;

    private final Map<String, Kind> kinds = new ConcurrentSkipListMap<>();
    private volatile boolean measuring;
    private volatile long measuringSince = Long.MAX_VALUE;

    private static final class Kind {
        final Histogram latency = new Histogram(600_000_000L, 3);
        final LongAdder requests = new LongAdder();
        final Map<String, LongAdder> designed = new ConcurrentSkipListMap<>();
        final Map<String, LongAdder> errors = new ConcurrentSkipListMap<>();
        final Map<String, List<String>> samples = new ConcurrentHashMap<>();
        final LongAdder done = new LongAdder();
    }

    /** Marks the start of the measured time: operations started from now on count. */
    void measureFrom(long nanoTime) {
        measuringSince = nanoTime;
        measuring = true;
    }

    /** Operations that end after this no longer count: the run is over. */
    void stopMeasuring() {
        measuring = false;
    }

    /** A timed operation that started at {@code startNanos} and did what it was for. */
    void done(String kind, long startNanos, int requests) {
        answered(kind, startNanos, requests, null);
    }

    /** An operation refused as designed ({@code why}: "409 …", "429 …", the link's "no longer valid" page). */
    void designed(String kind, String why, long startNanos, int requests) {
        answered(kind, startNanos, requests, why);
    }

    /** An operation that threw: a 409 or 429 page is a designed refusal, anything else an error. */
    void failed(String kind, Throwable thrown, long startNanos, int requests) {
        Throwable cause = thrown;
        while ((cause instanceof CompletionException || cause instanceof IllegalStateException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof FormBrowser.UnexpectedPage page && (page.status == 409 || page.status == 429)) {
            designed(kind, page.status + " page", startNanos, requests);
        } else if (cause instanceof FormBrowser.UnexpectedPage page) {
            failed(kind, page.status + " page", page.getMessage(), startNanos, requests);
        } else {
            failed(kind, cause.getClass().getSimpleName(), String.valueOf(cause.getMessage()), startNanos, requests);
        }
    }

    /** Anything else: an unexpected status, page or exception, with a sample of its message. */
    void failed(String kind, String what, String detail, long startNanos, int requests) {
        if (!counts(startNanos)) {
            return;
        }
        Kind counts = kind(kind);
        counts.requests.add(requests);
        counts.errors.computeIfAbsent(what, key -> new LongAdder()).increment();
        List<String> samples = counts.samples.computeIfAbsent(what, key -> new ArrayList<>());
        synchronized (samples) {
            if (samples.size() < SAMPLES_PER_ERROR) {
                samples.add(detail);
            }
        }
    }

    private void answered(String kind, long startNanos, int requests, String designedWhy) {
        if (!counts(startNanos)) {
            return;
        }
        Kind counts = kind(kind);
        counts.requests.add(requests);
        if (designedWhy == null) {
            counts.done.increment();
        } else {
            counts.designed.computeIfAbsent(designedWhy, key -> new LongAdder()).increment();
        }
        synchronized (counts.latency) {
            counts.latency.recordValue(Math.max(1, (System.nanoTime() - startNanos) / 1000));
        }
    }

    private boolean counts(long startNanos) {
        return measuring && startNanos >= measuringSince;
    }

    private Kind kind(String kind) {
        return kinds.computeIfAbsent(kind, key -> new Kind());
    }

    long total(String kind, String outcome) {
        Kind counts = kinds.get(kind);
        if (counts == null) {
            return 0;
        }
        if (DONE.equals(outcome)) {
            return counts.done.sum();
        }
        LongAdder designed = counts.designed.get(outcome);
        return designed == null ? 0 : designed.sum();
    }

    long otherErrors() {
        return kinds.values().stream().flatMap(kind -> kind.errors.values().stream()).mapToLong(LongAdder::sum).sum();
    }

    /** The table of kinds, then the other errors with samples of their messages. */
    String report(double seconds) {
        StringBuilder out = new StringBuilder();
        out.append("| kind | operations | per s | done | designed answers (409, 429, …) | other errors | HTTP requests | p50 ms | p99 ms | max ms |\n");
        out.append("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
        kinds.forEach((name, kind) -> {
            long designed = kind.designed.values().stream().mapToLong(LongAdder::sum).sum();
            long errors = kind.errors.values().stream().mapToLong(LongAdder::sum).sum();
            long operations = kind.done.sum() + designed + errors;
            StringBuilder refusals = new StringBuilder();
            kind.designed.forEach((why, count) -> refusals.append(refusals.isEmpty() ? "" : "; ").append(count.sum()).append(" ").append(why));
            Histogram latency;
            synchronized (kind.latency) {
                latency = kind.latency.copy();
            }
            out.append(String.format("| %s | %,d | %.1f | %,d | %s | %,d | %,d | %.0f | %.0f | %.0f |%n", name, operations, operations / seconds,
                    kind.done.sum(), refusals.isEmpty() ? "0" : refusals, errors, kind.requests.sum(),
                    latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0));
        });
        kinds.forEach((name, kind) -> kind.errors.forEach((what, count) -> out.append(String.format("%nother error, %s: %,d × %s; e.g. %s",
                name, count.sum(), what, kind.samples.get(what)))));
        return out.toString();
    }
}
