package org.patientaccess.keycloak.it.support.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Keycloak node of the cluster: its own copy of the built distribution, started with {@code kc.sh
 * start --optimized} on loopback ports of its own, its console output in a log file of its own.
 */
public final class ClusterNode {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path home;
    private final int httpPort;
    private final int managementPort;
    private final int clusterPort;
    private final ClusterDatabase database;
    private final Path log;
    private Process process;

    ClusterNode(String name, Path home, int httpPort, int managementPort, int clusterPort, ClusterDatabase database, Path log) {
        this.name = name;
        this.home = home;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.clusterPort = clusterPort;
        this.database = database;
        this.log = log;
    }

    public String name() {
        return name;
    }

    /**
     * The node's root URL, as a client or a load balancer calls it: by the name {@code localhost}, which
     * browsers (and HtmlUnit) treat as a secure origin over plain HTTP, so that they send Keycloak's
     * Secure login cookies back.
     */
    public String url() {
        return "http://localhost:" + httpPort;
    }

    public Path log() {
        return log;
    }

    /** Starts the node and returns at once (see {@link #awaitReady}). */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " runs already");
        }
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--db-url=" + database.url(), "--db-username=" + database.user(), "--db-password=" + database.password(),
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--cache-embedded-network-bind-address=127.0.0.1", "--cache-embedded-network-bind-port=" + clusterPort));
        command.addAll(ClusterOptions.RUNTIME);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", TwoNodeCluster.ADMIN, "KC_BOOTSTRAP_ADMIN_PASSWORD", TwoNodeCluster.ADMIN_PASSWORD,
                "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m",
                "JAVA_OPTS_APPEND", "-Djava.net.preferIPv4Stack=true"));
        try {
            Files.writeString(log, "\n==== " + name + " starting ====\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node answers ready on its management port, or fails if it died or took too long. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady()) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
            }
            Thread.sleep(2000);
        }
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
            return ready.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the node as an operator does (SIGTERM to its Java process: kc.sh does not exec Java) and waits for it. */
    public synchronized void stop() {
        end(false);
    }

    /** Kills the node's Java process at once ({@code kill -9}): no shutdown, no commit of what it was doing. */
    public synchronized void kill() {
        end(true);
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        for (ProcessHandle each : all) {
            if (forcibly) {
                each.destroyForcibly();
            } else {
                each.destroy();
            }
        }
        for (ProcessHandle each : all) {
            try {
                each.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                each.destroyForcibly();
            }
        }
        process = null;
    }

    /** The node's log as written so far. */
    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
