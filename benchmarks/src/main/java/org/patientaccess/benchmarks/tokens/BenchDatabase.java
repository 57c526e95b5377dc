package org.patientaccess.benchmarks.tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a server keeps its data, and how a run starts from the prepared copy of it: every measured
 * run starts from the same data, whatever the runs before it did.
 */
interface BenchDatabase {

    /** The Keycloak build option for this database. */
    String kind();

    /** Whether a prepared copy for this server exists. */
    boolean prepared(String server) throws Exception;

    /** Empties the server's data before preparing it; answers the start options. */
    List<String> startPreparing(Path home, String server) throws Exception;

    /** Keeps what the preparing start left as the copy to start from. */
    void keepPrepared(Path home, String server) throws Exception;

    /** Restores the prepared copy; answers the start options. */
    List<String> restore(Path home, String server) throws Exception;

    /** Answers the start options on the data as the last run left it (a restart). */
    List<String> asLeft(Path home, String server);

    /** Keycloak's embedded H2 files in the distribution's data folder, copied aside. */
    final class H2Files implements BenchDatabase {

        private final Path work;

        H2Files(Path work) {
            this.work = work;
        }

        @Override
        public String kind() {
            return "dev-file";
        }

        @Override
        public boolean prepared(String server) {
            return Files.isDirectory(copy(server));
        }

        @Override
        public List<String> startPreparing(Path home, String server) throws IOException {
            deleteTree(home.resolve("data/h2"));
            return List.of();
        }

        @Override
        public void keepPrepared(Path home, String server) throws IOException {
            deleteTree(copy(server));
            copyTree(home.resolve("data/h2"), copy(server));
        }

        @Override
        public List<String> restore(Path home, String server) throws IOException {
            deleteTree(home.resolve("data/h2"));
            copyTree(copy(server), home.resolve("data/h2"));
            return List.of();
        }

        @Override
        public List<String> asLeft(Path home, String server) {
            return List.of();
        }

        private Path copy(String server) {
            return work.resolve(server + "-h2");
        }

        private static void deleteTree(Path root) throws IOException {
            if (!Files.exists(root)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }

        private static void copyTree(Path from, Path to) throws IOException {
            try (Stream<Path> paths = Files.walk(from)) {
                for (Path path : paths.toList()) {
                    Files.copy(path, to.resolve(from.relativize(path).toString()));
                }
            }
        }
    }

    /**
     * A PostgreSQL server: each Keycloak gets database {@code bench_<server>}, created for every run
     * from the template {@code bench_<server>_prepared}. The user needs the CREATEDB privilege.
     */
    final class Postgres implements BenchDatabase {

        private final String url;
        private final String username;
        private final String password;

        /** @param url the server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/} */
        Postgres(String url, String username, String password) {
            this.url = url.endsWith("/") ? url : url + "/";
            this.username = username;
            this.password = password;
        }

        @Override
        public String kind() {
            return "postgres";
        }

        @Override
        public boolean prepared(String server) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url + "postgres", username, password);
                 var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, template(server));
                return exists.executeQuery().next();
            }
        }

        @Override
        public List<String> startPreparing(Path home, String server) throws SQLException {
            execute("drop database if exists " + template(server), "create database " + template(server));
            return options(template(server));
        }

        @Override
        public void keepPrepared(Path home, String server) {
            // The template database is the copy.
        }

        @Override
        public List<String> restore(Path home, String server) throws SQLException {
            execute("drop database if exists " + database(server), "create database " + database(server) + " template " + template(server));
            return options(database(server));
        }

        @Override
        public List<String> asLeft(Path home, String server) {
            return options(database(server));
        }

        private List<String> options(String database) {
            return List.of("--db-url=" + url + database, "--db-username=" + username, "--db-password=" + password);
        }

        private static String database(String server) {
            return "bench_" + server;
        }

        private static String template(String server) {
            return "bench_" + server + "_prepared";
        }

        private void execute(String... statements) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url + "postgres", username, password);
                 Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        }
    }
}
