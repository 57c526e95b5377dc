package org.patientaccess.benchmarks.tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One Keycloak distribution started with {@code start --optimized} on loopback, its output in a log
 * file. Stock and plugin distributions are started the same way, one at a time; the nodes of the
 * load benchmark's cluster likewise, with clustered caches instead of local ones.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    /** The caches of a lone server: no cluster. */
    static final String LOCAL_CACHE = "--cache=local";

    private final Process process;
    private final Path log;
    public final String url;

    private KeycloakServer(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Starts on HTTP {@code port}, management {@code port + 1000}; {@code extraOptions} name the database and the caches. */
    public static KeycloakServer start(Path home, int port, Path log, List<String> extraOptions) throws IOException, InterruptedException {
        return start(home, port, log, extraOptions, Map.of());
    }

    /** As above, with {@code environment} added to kc.sh's (e.g. {@code JAVA_OPTS_APPEND}). */
    static KeycloakServer start(Path home, int port, Path log, List<String> extraOptions, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + (port + 1000), "--hostname-strict=false"));
        command.addAll(extraOptions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        KeycloakServer server = new KeycloakServer(builder.start(), log, "http://127.0.0.1:" + port);
        server.awaitReady();
        return server;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url + "/realms/master")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IOException("Keycloak did not start within 5 minutes; see " + log);
    }

    /** CPU time used so far by the server's JVM (and the script that started it). */
    Duration cpuTime() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .map(handle -> handle.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Has the JVM record itself with Java Flight Recorder (settings {@code profile}) from {@code delay}
     * from now for {@code duration}, then write {@code file}: set before a load phase, it records the
     * measured time only, and JFR's start-up cost falls before it. Through {@code jcmd} of the JDK
     * that runs the server.
     */
    void recordLater(Path file, Duration delay, Duration duration) throws IOException, InterruptedException {
        ProcessHandle jvm = process.descendants()
                .filter(handle -> handle.info().command().map(command -> command.endsWith("/java")).orElse(false))
                .findFirst().orElseThrow(() -> new IOException("no Java process under kc.sh"));
        Path jcmd = Path.of(jvm.info().command().orElseThrow()).resolveSibling("jcmd");
        Process command = new ProcessBuilder(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", Long.toString(jvm.pid()), "JFR.start",
                "name=token-benchmark", "settings=profile", "delay=" + delay.toSeconds() + "s", "duration=" + duration.toSeconds() + "s",
                "filename=" + file.toAbsolutePath()).redirectErrorStream(true).start();
        String output = new String(command.getInputStream().readAllBytes());
        if (command.waitFor() != 0) {
            throw new IOException("jcmd JFR.start failed: " + output);
        }
    }

    /** Lines of the server's log, for counting SQL statements. */
    long countLogLines(String containing) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(containing)).count();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        // kc.sh does not exec Java: stop the JVM it started, then the script.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        for (ProcessHandle child : process.descendants().toList()) {
            child.onExit().join();
        }
        process.waitFor();
    }
}
