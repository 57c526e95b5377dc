package org.patientaccess.benchmarks.tokens;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.patientaccess.benchmarks.ServerAdmin;

/**
 * Stock Keycloak against Keycloak with the plugin, on the same machine, one at a time, with the same
 * settings and users: throughput and p50/p99 of login (authorization code + PKCE through the login
 * form), refresh and userinfo, with the ratio plugin/stock; then the SQL statements each operation
 * costs on each server (from Hibernate's statement log) for users with 0, 1, 5 and 50 dependents.
 * Started by {@code benchmarks/token-benchmark.sh}, which prepares the two distributions.
 */
public final class TokenBenchmark {

    private static final String SQL_LOG_CATEGORY = "[org.hibernate.SQL]";
    private static final int[] DEPENDENT_GROUPS = {0, 1, 5, 50};

    private final Map<String, String> options;
    private final int users;
    private final int threads;
    private final int port;
    private final Duration warmUp;
    private final Duration measured;
    private final Path work;
    private final BenchDatabase database;

    private TokenBenchmark(Map<String, String> options) {
        this.options = options;
        this.users = Integer.parseInt(options.getOrDefault("users", "10000"));
        this.threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        this.port = Integer.parseInt(options.getOrDefault("port", "8180"));
        this.warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
        this.measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
        this.work = Path.of(options.getOrDefault("work", "benchmarks/target/token-benchmark"));
        this.database = "postgres".equals(options.get("db"))
                ? new BenchDatabase.Postgres(options.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/"),
                        options.getOrDefault("db-username", "keycloak"), options.getOrDefault("db-password", "keycloak"))
                : new BenchDatabase.H2Files(work);
        if (users < BenchRealm.firstWith(0) + 100) {
            throw new IllegalArgumentException("--users must be at least " + (BenchRealm.firstWith(0) + 100)
                    + ": the first " + BenchRealm.firstWith(0) + " act for dependents");
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new TokenBenchmark(options).run(Integer.parseInt(options.getOrDefault("rounds", "2")));
    }

    private enum Variant {
        STOCK, PLUGIN;

        String dir() {
            return name().toLowerCase();
        }
    }

    private void run(int rounds) throws Exception {
        for (Variant variant : Variant.values()) {
            prepareData(variant);
        }
        Map<Variant, List<Map<String, LoadPhase.Result>>> results = new LinkedHashMap<>();
        for (Variant variant : Variant.values()) {
            results.put(variant, new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            // Alternate which server goes first, so that drift over the run favours neither.
            List<Variant> order = round % 2 == 0 ? List.of(Variant.STOCK, Variant.PLUGIN) : List.of(Variant.PLUGIN, Variant.STOCK);
            for (Variant variant : order) {
                log("round " + (round + 1) + "/" + rounds + ": " + variant.dir());
                results.get(variant).add(measureLoad(variant));
            }
        }
        Map<Variant, Map<String, double[]>> statements = new LinkedHashMap<>();
        for (Variant variant : Variant.values()) {
            log("SQL statements: " + variant.dir());
            statements.put(variant, countStatements(variant));
        }
        String report = report(results, statements, rounds);
        System.out.println(report);
        Path out = work.resolve("results.md");
        Files.writeString(out, report, StandardCharsets.UTF_8);
        log("written to " + out);
    }

    private Path home(Variant variant) {
        return work.resolve(variant.dir()).resolve("keycloak-26.7.3");
    }

    /** Imports the realm (and, with the plugin, seeds the dependents) once, and keeps a copy of the data to start every run from. */
    private void prepareData(Variant variant) throws Exception {
        if (database.prepared(variant.dir()) && !options.containsKey("fresh")) {
            return;
        }
        log("preparing " + users + " users on " + variant.dir() + " (once; every run starts from a copy)");
        Path data = home(variant).resolve("data");
        List<String> startOptions = new ArrayList<>(database.startPreparing(home(variant), variant.dir()));
        startOptions.add(KeycloakServer.LOCAL_CACHE);
        startOptions.add("--import-realm");
        new BenchRealm(users).writeImportFile(data.resolve("import/bench.json"), variant == Variant.PLUGIN);
        try (KeycloakServer server = KeycloakServer.start(home(variant), port, work.resolve(variant.dir() + "-prepare.log"), startOptions)) {
            if (variant == Variant.PLUGIN) {
                new BenchRealm(users).seedDependents(new ServerAdmin(server.url, KeycloakServer.ADMIN, KeycloakServer.ADMIN_PASSWORD));
            }
        }
        Files.delete(data.resolve("import/bench.json"));
        database.keepPrepared(home(variant), variant.dir());
    }

    private KeycloakServer startFromSnapshot(Variant variant, String logName, List<String> extraOptions) throws Exception {
        List<String> startOptions = new ArrayList<>(database.restore(home(variant), variant.dir()));
        startOptions.add(KeycloakServer.LOCAL_CACHE);
        startOptions.addAll(extraOptions);
        return KeycloakServer.start(home(variant), port, work.resolve(logName), startOptions);
    }

    private Map<String, LoadPhase.Result> measureLoad(Variant variant) throws Exception {
        Map<String, LoadPhase.Result> phases = new LinkedHashMap<>();
        try (KeycloakServer server = startFromSnapshot(variant, variant.dir() + "-load.log", List.of())) {
            OidcClient app = new OidcClient(server.url, BenchRealm.NAME, BenchRealm.APP);
            phases.put("login (code + PKCE), all users", LoadPhase.run(threads, warmUp, measured, server::cpuTime,
                    () -> app.logIn(BenchRealm.username(ThreadLocalRandom.current().nextInt(users)), BenchRealm.PASSWORD)));
            AtomicReferenceArray<OidcClient.Tokens> sessions = sessions(app, 200, 0, users);
            phases.put("refresh, all users", LoadPhase.run(threads, warmUp, measured, server::cpuTime, () -> refreshOne(app, sessions)));
            phases.put("userinfo, all users", LoadPhase.run(threads, warmUp, measured, server::cpuTime,
                    () -> app.userInfo(sessions.get(ThreadLocalRandom.current().nextInt(sessions.length())).accessToken())));
            AtomicReferenceArray<OidcClient.Tokens> parents = sessions(app, 40, BenchRealm.firstWith(50), 20);
            phases.put("refresh, users with 50 dependents", LoadPhase.run(threads, warmUp, measured, server::cpuTime, () -> refreshOne(app, parents)));
        }
        return phases;
    }

    private static void refreshOne(OidcClient app, AtomicReferenceArray<OidcClient.Tokens> sessions) throws Exception {
        int slot = ThreadLocalRandom.current().nextInt(sessions.length());
        sessions.set(slot, app.refresh(sessions.get(slot).refreshToken()));
    }

    /** Logs in {@code count} times as users drawn from [first, first + range), outside any measurement. */
    private AtomicReferenceArray<OidcClient.Tokens> sessions(OidcClient app, int count, int first, int range) throws Exception {
        AtomicReferenceArray<OidcClient.Tokens> sessions = new AtomicReferenceArray<>(count);
        for (int i = 0; i < count; i++) {
            sessions.set(i, app.logIn(BenchRealm.username(first + ThreadLocalRandom.current().nextInt(range)), BenchRealm.PASSWORD));
        }
        return sessions;
    }

    /**
     * Statements per operation, one user at a time, each user warmed up first (its first login fills
     * Keycloak's caches on both servers alike). Keys: operation; values: per dependents group.
     */
    private Map<String, double[]> countStatements(Variant variant) throws Exception {
        int samples = Integer.parseInt(options.getOrDefault("sql-samples", "10"));
        Map<String, double[]> perOperation = new LinkedHashMap<>();
        for (String operation : List.of("login, client with the patients scope", "login, client without it",
                "refresh", "userinfo")) {
            perOperation.put(operation, new double[DEPENDENT_GROUPS.length]);
        }
        try (KeycloakServer server = startFromSnapshot(variant, variant.dir() + "-sql.log",
                List.of("--log-level=INFO,org.hibernate.SQL:debug"))) {
            OidcClient app = new OidcClient(server.url, BenchRealm.NAME, BenchRealm.APP);
            OidcClient plain = new OidcClient(server.url, BenchRealm.NAME, BenchRealm.PLAIN_APP);
            for (int g = 0; g < DEPENDENT_GROUPS.length; g++) {
                List<String> group = new ArrayList<>();
                for (int i = 0; i < samples; i++) {
                    group.add(BenchRealm.username(BenchRealm.firstWith(DEPENDENT_GROUPS[g]) + i));
                }
                List<OidcClient.Tokens> warm = new ArrayList<>();
                for (String user : group) {
                    warm.add(app.logIn(user, BenchRealm.PASSWORD));
                    plain.logIn(user, BenchRealm.PASSWORD);
                }
                perOperation.get("login, client with the patients scope")[g] = perOp(server, samples, i -> app.logIn(group.get(i), BenchRealm.PASSWORD));
                perOperation.get("login, client without it")[g] = perOp(server, samples, i -> plain.logIn(group.get(i), BenchRealm.PASSWORD));
                perOperation.get("refresh")[g] = perOp(server, samples, i -> app.refresh(warm.get(i).refreshToken()));
                perOperation.get("userinfo")[g] = perOp(server, samples, i -> app.userInfo(warm.get(i).accessToken()));
            }
        }
        return perOperation;
    }

    private interface Step {
        void run(int index) throws Exception;
    }

    /**
     * The median of the statements each operation issued, one operation at a time: a rare burst
     * (Keycloak refilling a cache) moves a mean but not the median.
     */
    private static double perOp(KeycloakServer server, int samples, Step step) throws Exception {
        long[] counts = new long[samples];
        for (int i = 0; i < samples; i++) {
            long before = settledCount(server);
            step.run(i);
            counts[i] = settledCount(server) - before;
        }
        Arrays.sort(counts);
        return samples % 2 == 1 ? counts[samples / 2] : (counts[samples / 2 - 1] + counts[samples / 2]) / 2.0;
    }

    /** The statement count once the log has caught up with the last request. */
    private static long settledCount(KeycloakServer server) throws Exception {
        long count = server.countLogLines(SQL_LOG_CATEGORY);
        while (true) {
            Thread.sleep(150);
            long again = server.countLogLines(SQL_LOG_CATEGORY);
            if (again == count) {
                return count;
            }
            count = again;
        }
    }

    private static Map<String, LoadPhase.Result> combine(List<Map<String, LoadPhase.Result>> rounds) {
        Map<String, LoadPhase.Result> combined = new LinkedHashMap<>();
        rounds.forEach(round -> round.forEach((phase, result) -> combined.merge(phase, result, LoadPhase.Result::plus)));
        return combined;
    }

    /** Each round's throughput ratio plugin/stock: their spread is the noise of this machine. */
    private static String ratiosPerRound(Map<Variant, List<Map<String, LoadPhase.Result>>> results, String phase) {
        List<String> ratios = new ArrayList<>();
        for (int round = 0; round < results.get(Variant.STOCK).size(); round++) {
            ratios.add(String.format("%.2f", results.get(Variant.PLUGIN).get(round).get(phase).throughput()
                    / results.get(Variant.STOCK).get(round).get(phase).throughput()));
        }
        return String.join(", ", ratios);
    }

    private String report(Map<Variant, List<Map<String, LoadPhase.Result>>> perRound, Map<Variant, Map<String, double[]>> statements, int rounds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("## Keycloak 26.7.3, stock vs with the plugin (%d users; %d threads; %d s measured after %d s warm-up, %d rounds alternating)%n%n",
                users, threads, measured.toSeconds(), warmUp.toSeconds(), rounds));
        out.append(String.format("%d cores, Java %s, database %s, local caches, loopback load client.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), database.kind()));
        if (rounds > 0) {
            Map<String, LoadPhase.Result> stockResults = combine(perRound.get(Variant.STOCK));
            Map<String, LoadPhase.Result> pluginResults = combine(perRound.get(Variant.PLUGIN));
            out.append("| operation | stock ops/s | plugin ops/s | ratio | ratio per round | stock p50 ms | plugin p50 ms"
                    + " | stock p99 ms | plugin p99 ms | p99 ratio | Keycloak CPU ms/op stock → plugin (ratio) | errors |\n");
            out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            stockResults.forEach((phase, stock) -> {
                LoadPhase.Result plugin = pluginResults.get(phase);
                out.append(String.format("| %s | %.1f | %.1f | %.3f | %s | %.2f | %.2f | %.2f | %.2f | %.3f | %.3f → %.3f (%.2f) | %d |%n", phase,
                        stock.throughput(), plugin.throughput(), plugin.throughput() / stock.throughput(), ratiosPerRound(perRound, phase),
                        stock.percentileMillis(50), plugin.percentileMillis(50), stock.percentileMillis(99), plugin.percentileMillis(99),
                        plugin.percentileMillis(99) / stock.percentileMillis(99),
                        stock.serverCpuMillisPerOperation(), plugin.serverCpuMillisPerOperation(),
                        plugin.serverCpuMillisPerOperation() / stock.serverCpuMillisPerOperation(), stock.errors() + plugin.errors()));
            });
        }
        out.append("\n### SQL statements per operation (median of single operations): stock → plugin (added)\n\n| operation |");
        for (int group : DEPENDENT_GROUPS) {
            out.append(" ").append(group).append(" dependents |");
        }
        out.append("\n|---|").append("---:|".repeat(DEPENDENT_GROUPS.length)).append("\n");
        statements.get(Variant.STOCK).forEach((operation, stock) -> {
            double[] plugin = statements.get(Variant.PLUGIN).get(operation);
            out.append("| ").append(operation).append(" |");
            for (int g = 0; g < DEPENDENT_GROUPS.length; g++) {
                out.append(String.format(" %.1f → %.1f (%+.1f) |", stock[g], plugin[g], plugin[g] - stock[g]));
            }
            out.append("\n");
        });
        return out.toString();
    }

    private static void log(String message) {
        System.err.println("[token-benchmark] " + message);
    }
}
