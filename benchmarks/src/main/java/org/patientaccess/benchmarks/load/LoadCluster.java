package org.patientaccess.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.patientaccess.benchmarks.tokens.KeycloakServer;

/**
 * Two Keycloak 26.7.3 nodes with our JARs on loopback, clustered through Infinispan with JDBC_PING
 * on one PostgreSQL database: each node its own copy of the distribution (its own data folder and
 * transaction log), built once with {@code --db=postgres --cache=ispn --cache-stack=jdbc-ping}, then
 * started with {@code start --optimized} on its own HTTP, management and JGroups ports. Both answer
 * for one public address ({@link #PUBLIC_URL}), as behind a load balancer, so that a link made on
 * one node opens on the other.
 */
final class LoadCluster implements AutoCloseable {

    static final String KEYCLOAK = "keycloak-26.7.3";
    /** The cluster's address (never resolved: the load client sends each request to a node itself). */
    static final String PUBLIC_URL = "http://clinic.load.test:8080";
    private static final String VIEW_OF_TWO = "ISPN000094";

    record Node(String name, int httpPort, int jgroupsPort) {
    }

    static final List<Node> NODES = List.of(new Node("node-a", 8380, 7830), new Node("node-b", 8480, 7840));

    private final Path work;
    private final Database database;
    private final List<KeycloakServer> servers = new ArrayList<>();

    /** A PostgreSQL database of the run's own; its schema is emptied before the nodes start. */
    record Database(String url, String username, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        void empty() throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("drop schema public cascade");
                statement.execute("create schema public");
            }
        }
    }

    LoadCluster(Path work, Database database) {
        this.work = work;
        this.database = database;
    }

    /**
     * Unpacks the distribution, adds our JARs, builds it once, and copies it for the second node;
     * a distribution already built with the same JARs is kept.
     */
    void prepare(Path distributionZip, List<Path> jars) throws IOException, InterruptedException {
        Path first = home(NODES.get(0));
        if (!Files.isDirectory(first)) {
            Files.createDirectories(first.getParent());
            run(work, "unzip", "-q", distributionZip.toString(), "-d", first.getParent().toString());
        } else if (builtWith(first, jars)) {
            return;
        }
        try (Stream<Path> old = Files.list(first.resolve("providers"))) {
            for (Path jar : old.filter(path -> path.getFileName().toString().startsWith("patient-access-")).toList()) {
                Files.delete(jar);
            }
        }
        for (Path jar : jars) {
            Files.copy(jar, first.resolve("providers").resolve(jar.getFileName()));
        }
        run(work, first.resolve("bin/kc.sh").toString(), "build", "--db=postgres", "--cache=ispn", "--cache-stack=jdbc-ping");
        for (Node node : NODES.subList(1, NODES.size())) {
            run(work, "rm", "-rf", home(node).getParent().toString());
            Files.createDirectories(home(node).getParent());
            run(work, "cp", "-a", first.toString(), home(node).getParent().toString());
        }
    }

    private boolean builtWith(Path home, List<Path> jars) throws IOException {
        for (Node node : NODES) {
            if (!Files.isDirectory(home(node).resolve("lib/quarkus"))) {
                return false;
            }
        }
        for (Path jar : jars) {
            Path copy = home.resolve("providers").resolve(jar.getFileName());
            if (!Files.exists(copy) || Files.mismatch(jar, copy) != -1) {
                return false;
            }
        }
        return true;
    }

    /** Starts the nodes one after the other on an emptied database, and waits until each sees the other. */
    void start() throws Exception {
        database.empty();
        for (Node node : NODES) {
            Path data = home(node).resolve("data");
            run(work, "rm", "-rf", data.resolve("tmp").toString(), data.resolve("transaction-logs").toString());
            servers.add(KeycloakServer.start(home(node), node.httpPort(), log(node), List.of(
                    "--db-url=" + database.url(), "--db-username=" + database.username(), "--db-password=" + database.password(),
                    "--db-pool-max-size=20", "--hostname=" + PUBLIC_URL,
                    "--cache-embedded-network-bind-address=127.0.0.1", "--cache-embedded-network-bind-port=" + node.jgroupsPort())));
        }
        awaitViewOfTwo();
    }

    /** Each node's last cluster view, as its log says it. */
    List<String> views() throws IOException {
        List<String> views = new ArrayList<>();
        for (Node node : NODES) {
            views.add(lastView(node).orElse("no cluster view"));
        }
        return views;
    }

    private void awaitViewOfTwo() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (views().stream().allMatch(view -> view.contains("(2)"))) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException("the nodes did not form a cluster of two: " + views());
    }

    private Optional<String> lastView(Node node) throws IOException {
        try (Stream<String> lines = Files.lines(log(node))) {
            return lines.filter(line -> line.contains(VIEW_OF_TWO)).reduce((first, second) -> second)
                    .map(line -> line.substring(line.indexOf(VIEW_OF_TWO)));
        }
    }

    List<String> nodeUrls() {
        return servers.stream().map(server -> server.url).toList();
    }

    boolean allAlive() {
        return servers.stream().allMatch(KeycloakServer::isAlive);
    }

    private Path home(Node node) {
        return work.resolve(node.name()).resolve(KEYCLOAK);
    }

    private Path log(Node node) {
        return work.resolve(node.name() + ".log");
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path output = directory.resolve("commands.log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed; see " + output);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = servers.size() - 1; i >= 0; i--) {
            servers.get(i).close();
        }
    }
}
