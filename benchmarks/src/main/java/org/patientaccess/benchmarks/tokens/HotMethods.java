package org.patientaccess.benchmarks.tokens;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where each server's CPU went during a JFR recording: the methods most often on top of the stack
 * in its execution samples (what JDK 21's {@code jfr view hot-methods} prints; this JDK 17 has no
 * {@code jfr view}), and on the plugin server the share of samples with the plugin's code anywhere
 * on the stack, by method.
 */
final class HotMethods {

    private static final int TOP = 25;
    private static final int TOP_PLUGIN = 10;
    private static final String PLUGIN_PACKAGE = "org.patientaccess.";

    private HotMethods() {
    }

    private record Samples(long total, Map<String, Long> onTop, long withPlugin, Map<String, Long> pluginOnStack) {
    }

    static String report(Path stock, Path plugin) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("\n### Java Flight Recorder: the login phase's measured time in the first round (settings=profile)\n\n");
        out.append("Recordings: `").append(stock).append("`, `").append(plugin)
                .append("` (open them in JDK Mission Control, or `jfr print --events jdk.ExecutionSample`).\n");
        section(out, "stock", read(stock));
        Samples pluginSamples = read(plugin);
        section(out, "plugin", pluginSamples);
        out.append(String.format("%nSamples with the plugin's code (`%s*`) on the stack: %d of %d (%.1f%%). Its methods by samples on the stack (inclusive), top %d:%n%n",
                PLUGIN_PACKAGE, pluginSamples.withPlugin(), pluginSamples.total(), percent(pluginSamples.withPlugin(), pluginSamples.total()), TOP_PLUGIN));
        table(out, pluginSamples.pluginOnStack(), pluginSamples.total(), TOP_PLUGIN);
        return out.toString();
    }

    private static void section(StringBuilder out, String server, Samples samples) {
        out.append(String.format("%n#### %s: %d execution samples; top %d methods by samples on top of the stack%n%n", server, samples.total(), TOP));
        table(out, samples.onTop(), samples.total(), TOP);
    }

    private static void table(StringBuilder out, Map<String, Long> counts, long total, int top) {
        out.append("| # | method | samples | share |\n|---:|---|---:|---:|\n");
        List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top).toList();
        for (int i = 0; i < sorted.size(); i++) {
            out.append(String.format("| %d | `%s` | %d | %.1f%% |%n", i + 1, sorted.get(i).getKey(), sorted.get(i).getValue(),
                    percent(sorted.get(i).getValue(), total)));
        }
    }

    private static double percent(long part, long total) {
        return total == 0 ? 0 : 100.0 * part / total;
    }

    private static Samples read(Path file) throws IOException {
        long total = 0;
        long withPlugin = 0;
        Map<String, Long> onTop = new HashMap<>();
        Map<String, Long> pluginOnStack = new HashMap<>();
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                RecordedStackTrace stack = event.getStackTrace();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                total++;
                onTop.merge(name(stack.getFrames().get(0)), 1L, Long::sum);
                // A method counted once per sample, however often it recurses.
                Set<String> plugin = new LinkedHashSet<>();
                for (RecordedFrame frame : stack.getFrames()) {
                    if (frame.isJavaFrame() && frame.getMethod().getType().getName().startsWith(PLUGIN_PACKAGE)) {
                        plugin.add(name(frame));
                    }
                }
                if (!plugin.isEmpty()) {
                    withPlugin++;
                    plugin.forEach(method -> pluginOnStack.merge(method, 1L, Long::sum));
                }
            }
        }
        return new Samples(total, onTop, withPlugin, pluginOnStack);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
