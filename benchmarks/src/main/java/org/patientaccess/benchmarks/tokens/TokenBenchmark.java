package org.patientaccess.benchmarks.tokens;

import java.io.IOException;
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
import java.util.function.ToDoubleFunction;

import org.patientaccess.benchmarks.ServerAdmin;

/**
 * Stock Keycloak against Keycloak with the plugin, on the same machine, one at a time, with the same
 * settings and users: throughput, p50/p99 and server CPU of login (authorization code + PKCE through
 * the login form), refresh, userinfo and token introspection, with the ratio plugin/stock; then the
 * SQL statements each operation costs on each server (from Hibernate's statement log) for users with
 * 0, 1, 5 and 50 dependents, warm and cold, and the size of the tokens. Optionally the login phase of
 * the first round recorded with Java Flight Recorder, and each server's hottest methods.
 *
 * <p>Then the SMART phases (issue 24): a SMART app's login and its FHIR reads on the plugin server,
 * each against the nearest thing stock Keycloak does (see {@link SmartOperation}), and their warm SQL
 * statements. {@code --only tokens} or {@code --only smart} runs one part alone.
 * Started by {@code benchmarks/token-benchmark.sh}, which prepares the two distributions.
 */
public final class TokenBenchmark {

    private static final String SQL_LOG_CATEGORY = "[org.hibernate.SQL]";
    private static final List<String> SQL_LOG = List.of("--log-level=INFO,org.hibernate.SQL:debug");
    private static final int[] DEPENDENT_GROUPS = {0, 1, 5, 50};
    /** The groups whose token sizes are printed. */
    private static final int[] SIZE_GROUPS = {0, 5, 50};
    private static final String LOGIN = "login (code + PKCE), all users";
    /** How many load phases {@link #measureSmart} runs. */
    private static final int SMART_LOAD_PHASES = 5;
    /** The dependents groups whose SMART statements are counted: a patient chosen without a page, and through the picker. */
    private static final int[] SMART_SQL_GROUPS = {1, 50};
    /** Deep enough that a sample in the plugin's code still shows the request handling under it. */
    private static final String JFR_STACK_DEPTH = "-XX:FlightRecorderOptions=stackdepth=256";

    private final Map<String, String> options;
    private final int users;
    private final int threads;
    private final int port;
    private final Duration warmUp;
    private final Duration measured;
    private final Path work;
    private final BenchDatabase database;
    private final boolean jfr;
    private final boolean tokenPhases;
    private final boolean smartPhases;

    private TokenBenchmark(Map<String, String> options) {
        this.options = options;
        this.users = Integer.parseInt(options.getOrDefault("users", "10000"));
        this.threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        this.port = Integer.parseInt(options.getOrDefault("port", "8180"));
        this.warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
        this.measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
        this.work = Path.of(options.getOrDefault("work", "benchmarks/target/token-benchmark"));
        String only = options.get("only");
        if (only != null && !only.equals("tokens") && !only.equals("smart")) {
            throw new IllegalArgumentException("--only takes tokens or smart");
        }
        this.tokenPhases = !"smart".equals(only);
        this.smartPhases = !"tokens".equals(only);
        // JFR records the token benchmark's login phase: without it there is nothing to record.
        this.jfr = tokenPhases && Boolean.parseBoolean(options.getOrDefault("jfr", "false"));
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
        // Six token and five SMART load phases per server and round, about a minute per server start on
        // this machine; for the statements about 8 minutes (four starts, and a settled log around each
        // operation), and 3 for the SMART ones (two starts).
        int phases = (tokenPhases ? 6 : 0) + (smartPhases ? SMART_LOAD_PHASES : 0);
        int statementSeconds = (tokenPhases ? 8 * 60 : 0) + (smartPhases ? 3 * 60 : 0);
        log(String.format("about %d minutes from here",
                (rounds * 2 * (phases * (warmUp.toSeconds() + measured.toSeconds()) + 60) + statementSeconds) / 60 + 1));
        Map<Variant, List<Map<String, LoadPhase.Result>>> results = new LinkedHashMap<>();
        for (Variant variant : Variant.values()) {
            results.put(variant, new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            // Alternate which server goes first, so that drift over the run favours neither.
            List<Variant> order = round % 2 == 0 ? List.of(Variant.STOCK, Variant.PLUGIN) : List.of(Variant.PLUGIN, Variant.STOCK);
            for (Variant variant : order) {
                log("round " + (round + 1) + "/" + rounds + ": " + variant.dir());
                results.get(variant).add(measureLoad(variant, jfr && round == 0));
            }
        }
        Map<Variant, Observations> observations = new LinkedHashMap<>();
        Map<Variant, Map<SmartOperation, double[]>> smartStatements = new LinkedHashMap<>();
        for (Variant variant : Variant.values()) {
            if (tokenPhases) {
                log("SQL statements and token sizes: " + variant.dir());
                observations.put(variant, observe(variant));
            }
            if (smartPhases) {
                log("SQL statements of the SMART operations: " + variant.dir());
                smartStatements.put(variant, observeSmart(variant));
            }
        }
        String report = report(results, observations, smartStatements, rounds);
        if (jfr && rounds > 0) {
            report += HotMethods.report(jfrFile(Variant.STOCK), jfrFile(Variant.PLUGIN));
        }
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
                ServerAdmin admin = new ServerAdmin(server.url, KeycloakServer.ADMIN, KeycloakServer.ADMIN_PASSWORD);
                new BenchRealm(users).giveSmartScopes(admin);
                new BenchRealm(users).seedDependents(admin);
            }
        }
        Files.delete(data.resolve("import/bench.json"));
        database.keepPrepared(home(variant), variant.dir());
    }

    private KeycloakServer startFromSnapshot(Variant variant, String logName, List<String> extraOptions, Map<String, String> environment)
            throws Exception {
        List<String> startOptions = new ArrayList<>(database.restore(home(variant), variant.dir()));
        startOptions.add(KeycloakServer.LOCAL_CACHE);
        startOptions.addAll(extraOptions);
        return KeycloakServer.start(home(variant), port, work.resolve(logName), startOptions, environment);
    }

    private Path jfrFile(Variant variant) {
        return work.resolve(variant.dir() + "-login.jfr");
    }

    /** The load phases on one server; with {@code record}, its login phase's measured time recorded by JFR. */
    private Map<String, LoadPhase.Result> measureLoad(Variant variant, boolean record) throws Exception {
        Map<String, LoadPhase.Result> phases = new LinkedHashMap<>();
        try (KeycloakServer server = startFromSnapshot(variant, variant.dir() + "-load.log", List.of(),
                record ? Map.of("JAVA_OPTS_APPEND", JFR_STACK_DEPTH) : Map.of())) {
            if (tokenPhases) {
                measureTokens(variant, server, record, phases);
            }
            if (smartPhases) {
                measureSmart(variant, server, phases);
            }
        }
        return phases;
    }

    private void measureTokens(Variant variant, KeycloakServer server, boolean record, Map<String, LoadPhase.Result> phases) throws Exception {
        OidcClient app = new OidcClient(server.url, BenchRealm.NAME, BenchRealm.APP);
        OidcClient introspector = new OidcClient(server.url, BenchRealm.NAME, BenchRealm.INTROSPECTOR, BenchRealm.INTROSPECTOR_SECRET);
        try {
            introspector.introspect(app.logIn(BenchRealm.username(users - 1), BenchRealm.PASSWORD).accessToken());
        } catch (IOException e) {
            throw new IllegalStateException("introspection fails on " + variant.dir()
                    + ": data prepared before the realm had its introspecting client? Run once with --fresh true", e);
        }
        if (record) {
            Files.deleteIfExists(jfrFile(variant));
            server.recordLater(jfrFile(variant), warmUp, measured);
        }
        phases.put(LOGIN, LoadPhase.run(threads, warmUp, measured, server::cpuTime,
                () -> app.logIn(BenchRealm.username(ThreadLocalRandom.current().nextInt(users)), BenchRealm.PASSWORD)));
        if (record) {
            awaitWritten(jfrFile(variant));
        }
        AtomicReferenceArray<OidcClient.Tokens> sessions = sessions(app, 200, 0, users);
        phases.put("refresh, all users", LoadPhase.run(threads, warmUp, measured, server::cpuTime, () -> refreshOne(app, sessions)));
        phases.put("userinfo, all users", LoadPhase.run(threads, warmUp, measured, server::cpuTime,
                () -> app.userInfo(sessions.get(ThreadLocalRandom.current().nextInt(sessions.length())).accessToken())));
        phases.put("introspection, all users", LoadPhase.run(threads, warmUp, measured, server::cpuTime,
                () -> introspector.introspect(sessions.get(ThreadLocalRandom.current().nextInt(sessions.length())).accessToken())));
        AtomicReferenceArray<OidcClient.Tokens> parents = sessions(app, 40, BenchRealm.firstWith(50), 20);
        phases.put("refresh, users with 50 dependents", LoadPhase.run(threads, warmUp, measured, server::cpuTime, () -> refreshOne(app, parents)));
        phases.put("userinfo, users with 50 dependents", LoadPhase.run(threads, warmUp, measured, server::cpuTime,
                () -> app.userInfo(parents.get(ThreadLocalRandom.current().nextInt(parents.length())).accessToken())));
    }

    /**
     * The SMART app on one server: its logins by users with 1 dependent (the patient chosen without a
     * page) and with 5 (the picker), then its reads with the tokens of such logins: of the chosen
     * Patient by users with 1 and 50 dependents, and of the chosen patient's Consents by users with 50.
     */
    private void measureSmart(Variant variant, KeycloakServer server, Map<String, LoadPhase.Result> phases) throws Exception {
        OidcClient smart = smartApp(variant, server);
        OidcClient.Tokens check;
        try {
            check = smart.logIn(BenchRealm.username(BenchRealm.firstWith(5)), BenchRealm.PASSWORD);
        } catch (IOException e) {
            throw new IllegalStateException("the SMART app's login fails on " + variant.dir()
                    + ": data prepared before the realm had its SMART app? Run once with --fresh true", e);
        }
        if (variant == Variant.PLUGIN && check.patient() == null) {
            throw new IllegalStateException("a SMART login on the plugin server chose no patient: data prepared before the SMART app"
                    + " had the SMART scopes? Run once with --fresh true");
        }
        for (int dependents : new int[] {1, 5}) {
            phases.put(SmartOperation.LOGIN.label + ", users with " + dependents + (dependents == 1 ? " dependent (no page)" : " dependents (the picker)"),
                    LoadPhase.run(threads, warmUp, measured, server::cpuTime, () -> SmartOperation.LOGIN.run(variant, smart,
                            BenchRealm.username(BenchRealm.firstWith(dependents) + ThreadLocalRandom.current().nextInt(BenchRealm.countWith(dependents, users))),
                            null)));
        }
        AtomicReferenceArray<OidcClient.Tokens> ones = sessions(smart, 200, BenchRealm.firstWith(1), BenchRealm.countWith(1, users));
        AtomicReferenceArray<OidcClient.Tokens> parents = sessions(smart, 40, BenchRealm.firstWith(50), BenchRealm.countWith(50, users));
        phases.put(SmartOperation.PATIENT_READ.label + ", users with 1 dependent", LoadPhase.run(threads, warmUp, measured, server::cpuTime,
                () -> SmartOperation.PATIENT_READ.run(variant, smart, null, ones.get(ThreadLocalRandom.current().nextInt(ones.length())))));
        for (SmartOperation read : List.of(SmartOperation.PATIENT_READ, SmartOperation.CONSENT_SEARCH)) {
            phases.put(read.label + ", users with 50 dependents", LoadPhase.run(threads, warmUp, measured, server::cpuTime,
                    () -> read.run(variant, smart, null, parents.get(ThreadLocalRandom.current().nextInt(parents.length())))));
        }
    }

    /** The SMART app as each server's users meet it: on stock a plain {@code openid} login, on the plugin server the SMART scopes too. */
    private static OidcClient smartApp(Variant variant, KeycloakServer server) {
        String scope = variant == Variant.PLUGIN ? "openid " + String.join(" ", BenchRealm.SMART_SCOPES) : "openid";
        return new OidcClient(server.url, BenchRealm.NAME, BenchRealm.SMART_APP, null, scope);
    }

    /** Waits until JFR has written the recording (at the end of its duration), so that no later phase runs under it. */
    private static void awaitWritten(Path file) throws Exception {
        long size = -1;
        for (int i = 0; i < 120; i++) {
            Thread.sleep(500);
            long now = Files.exists(file) ? Files.size(file) : -1;
            if (now > 0 && now == size) {
                return;
            }
            size = now;
        }
        throw new IllegalStateException("JFR did not write " + file);
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

    /** The clients of the realm on one server. */
    private record Clients(OidcClient app, OidcClient plain, OidcClient introspector) {

        static Clients of(KeycloakServer server) {
            return new Clients(new OidcClient(server.url, BenchRealm.NAME, BenchRealm.APP),
                    new OidcClient(server.url, BenchRealm.NAME, BenchRealm.PLAIN_APP),
                    new OidcClient(server.url, BenchRealm.NAME, BenchRealm.INTROSPECTOR, BenchRealm.INTROSPECTOR_SECRET));
        }
    }

    /** The operations whose statements are counted; those after the logins use tokens got by a login first. */
    private enum SqlOperation {
        LOGIN_WITH_PATIENTS("login, client with the patients scope"),
        LOGIN_WITHOUT("login, client without it"),
        REFRESH("refresh"),
        USERINFO("userinfo"),
        INTROSPECTION("introspection");

        final String label;

        SqlOperation(String label) {
            this.label = label;
        }

        boolean needsTokens() {
            return this != LOGIN_WITH_PATIENTS && this != LOGIN_WITHOUT;
        }

        void run(Clients clients, String user, OidcClient.Tokens tokens) throws Exception {
            switch (this) {
                case LOGIN_WITH_PATIENTS -> clients.app().logIn(user, BenchRealm.PASSWORD);
                case LOGIN_WITHOUT -> clients.plain().logIn(user, BenchRealm.PASSWORD);
                case REFRESH -> clients.app().refresh(tokens.refreshToken());
                case USERINFO -> clients.app().userInfo(tokens.accessToken());
                case INTROSPECTION -> clients.introspector().introspect(tokens.accessToken());
            }
        }
    }

    /**
     * What a SMART app does, and what stands for it on stock Keycloak, which has neither the SMART
     * scopes nor a FHIR API: the same login of the same kind of client asking for {@code openid} only
     * (the ratio is the price of the SMART features), and userinfo, the nearest read stock serves with
     * a bearer token, for each FHIR read. The reads take the patient the login chose.
     */
    private enum SmartOperation {
        LOGIN("SMART login (stock: `openid` only)"),
        PATIENT_READ("FHIR `GET Patient/{patient}` (stock: userinfo)"),
        CONSENT_SEARCH("FHIR `GET Consent?patient={patient}` (stock: userinfo)");

        final String label;

        SmartOperation(String label) {
            this.label = label;
        }

        void run(Variant variant, OidcClient smart, String user, OidcClient.Tokens tokens) throws Exception {
            if (this == LOGIN) {
                smart.logIn(user, BenchRealm.PASSWORD);
            } else if (variant == Variant.STOCK) {
                smart.userInfo(tokens.accessToken());
            } else if (this == PATIENT_READ) {
                smart.fhirRead("Patient/" + tokens.patient(), tokens.accessToken());
            } else {
                smart.fhirRead("Consent?patient=" + tokens.patient(), tokens.accessToken());
            }
        }
    }

    /**
     * Statements of the SMART operations, warm, one user at a time: each user logs in through the SMART
     * app once first (filling Keycloak's caches), then the login and the reads are counted with the
     * tokens of that first login.
     */
    private Map<SmartOperation, double[]> observeSmart(Variant variant) throws Exception {
        int samples = Integer.parseInt(options.getOrDefault("sql-samples", "10"));
        Map<SmartOperation, double[]> warm = new LinkedHashMap<>();
        for (SmartOperation operation : SmartOperation.values()) {
            warm.put(operation, new double[SMART_SQL_GROUPS.length]);
        }
        try (KeycloakServer server = startFromSnapshot(variant, variant.dir() + "-smart-sql.log", SQL_LOG, Map.of())) {
            OidcClient smart = smartApp(variant, server);
            for (int g = 0; g < SMART_SQL_GROUPS.length; g++) {
                int first = BenchRealm.firstWith(SMART_SQL_GROUPS[g]);
                int count = Math.min(samples, BenchRealm.countWith(SMART_SQL_GROUPS[g], users));
                List<String> group = new ArrayList<>();
                List<OidcClient.Tokens> tokens = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    group.add(BenchRealm.username(first + i));
                    tokens.add(smart.logIn(group.get(i), BenchRealm.PASSWORD));
                }
                for (SmartOperation operation : SmartOperation.values()) {
                    warm.get(operation)[g] = perOp(server, count, i -> operation.run(variant, smart, group.get(i), tokens.get(i)));
                }
            }
        }
        return warm;
    }

    /** Median sizes in bytes of a login's tokens and of its whole token response. */
    private record TokenSizes(double access, double id, double refresh, double response) {

        static TokenSizes of(List<OidcClient.Tokens> tokens) {
            return new TokenSizes(median(tokens, t -> t.accessToken().length()), median(tokens, t -> t.idToken().length()),
                    median(tokens, t -> t.refreshToken().length()), median(tokens, OidcClient.Tokens::responseBytes));
        }

        private static double median(List<OidcClient.Tokens> tokens, ToDoubleFunction<OidcClient.Tokens> size) {
            return TokenBenchmark.median(tokens.stream().mapToDouble(size).sorted().toArray());
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Per server: statements per operation and dependents group, warm and cold; token sizes per group. */
    private record Observations(Map<SqlOperation, double[]> warm, Map<SqlOperation, double[]> cold, Map<Integer, TokenSizes> sizes) {
    }

    /**
     * Statements per operation, one user at a time, and the sizes of the tokens. Warm: each user
     * logged in once first (its first login fills Keycloak's caches on both servers alike), as the
     * second and later operations of a user find it. Cold: the first operation on a user whose data
     * no request has read since the server started: tokens are got first, the server is restarted on
     * the same data (Keycloak 26 keeps user sessions in the database), and each user then serves one
     * operation only, so each (group, operation) takes users of its own.
     */
    private Observations observe(Variant variant) throws Exception {
        int samples = Integer.parseInt(options.getOrDefault("sql-samples", "10"));
        Map<SqlOperation, double[]> warm = new LinkedHashMap<>();
        Map<SqlOperation, double[]> cold = new LinkedHashMap<>();
        for (SqlOperation operation : SqlOperation.values()) {
            warm.put(operation, new double[DEPENDENT_GROUPS.length]);
            cold.put(operation, new double[DEPENDENT_GROUPS.length]);
        }
        Map<Integer, TokenSizes> sizes = new LinkedHashMap<>();
        // [group][operation][sample]: the users of the cold operations, and the tokens they need.
        List<List<List<String>>> coldUsers = new ArrayList<>();
        List<List<List<OidcClient.Tokens>>> coldTokens = new ArrayList<>();
        // A user outside every group, through whom the restarted server first reads the realm, its clients and keys.
        String realmWarmer = BenchRealm.username(users - 1);
        OidcClient.Tokens realmWarmerTokens;
        try (KeycloakServer server = startFromSnapshot(variant, variant.dir() + "-sql.log", SQL_LOG, Map.of())) {
            Clients clients = Clients.of(server);
            for (int g = 0; g < DEPENDENT_GROUPS.length; g++) {
                int first = BenchRealm.firstWith(DEPENDENT_GROUPS[g]);
                int perOperation = Math.min(samples, BenchRealm.countWith(DEPENDENT_GROUPS[g], users) / SqlOperation.values().length);
                List<List<String>> groupUsers = new ArrayList<>();
                List<List<OidcClient.Tokens>> groupTokens = new ArrayList<>();
                for (SqlOperation operation : SqlOperation.values()) {
                    List<String> operationUsers = new ArrayList<>();
                    List<OidcClient.Tokens> operationTokens = new ArrayList<>();
                    for (int i = 0; i < perOperation; i++) {
                        String user = BenchRealm.username(first + operation.ordinal() * perOperation + i);
                        operationUsers.add(user);
                        operationTokens.add(operation.needsTokens() ? clients.app().logIn(user, BenchRealm.PASSWORD) : null);
                    }
                    groupUsers.add(operationUsers);
                    groupTokens.add(operationTokens);
                }
                coldUsers.add(groupUsers);
                coldTokens.add(groupTokens);

                List<String> group = new ArrayList<>();
                for (int i = 0; i < samples; i++) {
                    group.add(BenchRealm.username(first + i));
                }
                List<OidcClient.Tokens> tokens = new ArrayList<>();
                for (String user : group) {
                    tokens.add(clients.app().logIn(user, BenchRealm.PASSWORD));
                    clients.plain().logIn(user, BenchRealm.PASSWORD);
                }
                for (SqlOperation operation : SqlOperation.values()) {
                    warm.get(operation)[g] = perOp(server, samples, i -> operation.run(clients, group.get(i), tokens.get(i)));
                }
                int dependents = DEPENDENT_GROUPS[g];
                if (Arrays.stream(SIZE_GROUPS).anyMatch(size -> size == dependents)) {
                    sizes.put(DEPENDENT_GROUPS[g], TokenSizes.of(tokens));
                }
            }
            realmWarmerTokens = clients.app().logIn(realmWarmer, BenchRealm.PASSWORD);
        }
        List<String> restart = new ArrayList<>(database.asLeft(home(variant), variant.dir()));
        restart.add(KeycloakServer.LOCAL_CACHE);
        restart.addAll(SQL_LOG);
        try (KeycloakServer server = KeycloakServer.start(home(variant), port, work.resolve(variant.dir() + "-sql-cold.log"), restart)) {
            Clients clients = Clients.of(server);
            for (SqlOperation operation : SqlOperation.values()) {
                operation.run(clients, realmWarmer, realmWarmerTokens);
            }
            for (int g = 0; g < DEPENDENT_GROUPS.length; g++) {
                for (SqlOperation operation : SqlOperation.values()) {
                    List<String> operationUsers = coldUsers.get(g).get(operation.ordinal());
                    List<OidcClient.Tokens> operationTokens = coldTokens.get(g).get(operation.ordinal());
                    cold.get(operation)[g] = perOp(server, operationUsers.size(),
                            i -> operation.run(clients, operationUsers.get(i), operationTokens.get(i)));
                }
            }
        }
        return new Observations(warm, cold, sizes);
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
        return median(Arrays.stream(counts).sorted().asDoubleStream().toArray());
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

    /** Each round's ratio plugin/stock of one figure: their spread is the noise of this machine. */
    private static String ratiosPerRound(Map<Variant, List<Map<String, LoadPhase.Result>>> results, String phase,
                                         ToDoubleFunction<LoadPhase.Result> figure) {
        List<String> ratios = new ArrayList<>();
        for (int round = 0; round < results.get(Variant.STOCK).size(); round++) {
            ratios.add(String.format("%.2f", figure.applyAsDouble(results.get(Variant.PLUGIN).get(round).get(phase))
                    / figure.applyAsDouble(results.get(Variant.STOCK).get(round).get(phase))));
        }
        return String.join(", ", ratios);
    }

    private String report(Map<Variant, List<Map<String, LoadPhase.Result>>> perRound, Map<Variant, Observations> observations,
                          Map<Variant, Map<SmartOperation, double[]>> smartStatements, int rounds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("## Keycloak 26.7.3, stock vs with the plugin (%d users; %d threads; %d s measured after %d s warm-up, %d rounds alternating)%n%n",
                users, threads, measured.toSeconds(), warmUp.toSeconds(), rounds));
        out.append(String.format("%d cores, Java %s, database %s, local caches, loopback load client.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), database.kind()));
        if (rounds > 0) {
            Map<String, LoadPhase.Result> stockResults = combine(perRound.get(Variant.STOCK));
            Map<String, LoadPhase.Result> pluginResults = combine(perRound.get(Variant.PLUGIN));
            out.append("Ratios are plugin/stock over all rounds, then each round's (their spread is this machine's noise).\n\n");
            out.append("| operation | stock ops/s | plugin ops/s | ratio | per round | stock p50 ms | plugin p50 ms"
                    + " | stock p99 ms | plugin p99 ms | p99 ratio | per round | Keycloak CPU ms/op stock → plugin (ratio) | per round | errors |\n");
            out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            stockResults.forEach((phase, stock) -> {
                LoadPhase.Result plugin = pluginResults.get(phase);
                out.append(String.format("| %s | %.1f | %.1f | %.3f | %s | %.2f | %.2f | %.2f | %.2f | %.3f | %s | %.3f → %.3f (%.2f) | %s | %d |%n", phase,
                        stock.throughput(), plugin.throughput(), plugin.throughput() / stock.throughput(),
                        ratiosPerRound(perRound, phase, LoadPhase.Result::throughput),
                        stock.percentileMillis(50), plugin.percentileMillis(50), stock.percentileMillis(99), plugin.percentileMillis(99),
                        plugin.percentileMillis(99) / stock.percentileMillis(99), ratiosPerRound(perRound, phase, result -> result.percentileMillis(99)),
                        stock.serverCpuMillisPerOperation(), plugin.serverCpuMillisPerOperation(),
                        plugin.serverCpuMillisPerOperation() / stock.serverCpuMillisPerOperation(),
                        ratiosPerRound(perRound, phase, LoadPhase.Result::serverCpuMillisPerOperation), stock.errors() + plugin.errors()));
            });
            if (jfr) {
                out.append("\nThe first round's login ran under Java Flight Recorder (settings=profile) on both servers; its figures carry JFR's overhead.\n");
            }
        }
        if (tokenPhases) {
            tokenTables(out, observations.get(Variant.STOCK), observations.get(Variant.PLUGIN));
        }
        if (smartPhases) {
            out.append("\n### SQL statements per SMART operation, warm (each user logged in through the SMART app once first)\n\n"
                    + "Median of single operations: stock → plugin (added). On stock the same client's `openid` login, and userinfo for each FHIR read.\n\n"
                    + "| operation |");
            for (int group : SMART_SQL_GROUPS) {
                out.append(" ").append(group).append(group == 1 ? " dependent |" : " dependents |");
            }
            out.append("\n|---|").append("---:|".repeat(SMART_SQL_GROUPS.length)).append("\n");
            smartStatements.get(Variant.STOCK).forEach((operation, stockCounts) -> {
                double[] pluginCounts = smartStatements.get(Variant.PLUGIN).get(operation);
                out.append("| ").append(operation.label).append(" |");
                for (int g = 0; g < SMART_SQL_GROUPS.length; g++) {
                    out.append(String.format(" %.1f → %.1f (%+.1f) |", stockCounts[g], pluginCounts[g], pluginCounts[g] - stockCounts[g]));
                }
                out.append("\n");
            });
        }
        return out.toString();
    }

    private static void tokenTables(StringBuilder out, Observations stock, Observations plugin) {
        statementTable(out, "warm: the user's second and later operations (each user logged in once first)", stock.warm(), plugin.warm());
        statementTable(out, "cold: the user's first operation since the server started (tokens got before a restart on the same data)",
                stock.cold(), plugin.cold());
        out.append("\n### Bytes per login (code exchange, client with the patients scope; median): stock → plugin (added)\n\n");
        out.append("| dependents | access token | ID token | refresh token | whole token response |\n|---:|---:|---:|---:|---:|\n");
        stock.sizes().forEach((dependents, stockSizes) -> {
            TokenSizes pluginSizes = plugin.sizes().get(dependents);
            out.append(String.format("| %d | %s | %s | %s | %s |%n", dependents, added(stockSizes.access(), pluginSizes.access()),
                    added(stockSizes.id(), pluginSizes.id()), added(stockSizes.refresh(), pluginSizes.refresh()),
                    added(stockSizes.response(), pluginSizes.response())));
        });
    }

    private static String added(double stock, double plugin) {
        return String.format("%.0f → %.0f (%+.0f)", stock, plugin, plugin - stock);
    }

    private static void statementTable(StringBuilder out, String title, Map<SqlOperation, double[]> stock, Map<SqlOperation, double[]> plugin) {
        out.append("\n### SQL statements per operation, ").append(title)
                .append("\n\nMedian of single operations: stock → plugin (added).\n\n| operation |");
        for (int group : DEPENDENT_GROUPS) {
            out.append(" ").append(group).append(" dependents |");
        }
        out.append("\n|---|").append("---:|".repeat(DEPENDENT_GROUPS.length)).append("\n");
        stock.forEach((operation, stockCounts) -> {
            double[] pluginCounts = plugin.get(operation);
            out.append("| ").append(operation.label).append(" |");
            for (int g = 0; g < DEPENDENT_GROUPS.length; g++) {
                out.append(String.format(" %.1f → %.1f (%+.1f) |", stockCounts[g], pluginCounts[g], pluginCounts[g] - stockCounts[g]));
            }
            out.append("\n");
        });
    }

    private static void log(String message) {
        System.err.println("[token-benchmark] " + message);
    }
}
