package org.patientaccess.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.patientaccess.benchmarks.ServerAdmin;
import org.patientaccess.benchmarks.tokens.KeycloakServer;

/**
 * The plugin under load on a two-node cluster: 50 parents accepting invitations (now and then one
 * link clicked on both nodes at once), 50 returning patients registering online, staff searching
 * and importing, all at once for a few minutes from a client on loopback, spread over both nodes.
 * Prints per kind of operation the count, the designed refusals and any other error, p50/p99; then
 * checks the counts in the database. Run with {@code ./mvnw -B -o -pl benchmarks exec:java@load}
 * after {@code ./mvnw -B -o install -DskipTests} (it takes the JARs from providers/ and themes/).
 */
public final class ClusterLoadBenchmark {

    private final Map<String, String> options;

    private ClusterLoadBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!new ClusterLoadBenchmark(options).run()) {
            throw new IllegalStateException("the load met errors other than the designed ones, or a count did not hold: see the report above");
        }
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private int number(String name, int fallback) {
        return Integer.parseInt(option(name, Integer.toString(fallback)));
    }

    private boolean run() throws Exception {
        Path work = Path.of(option("work", "benchmarks/target/load-cluster")).toAbsolutePath();
        Duration measured = Duration.ofSeconds(number("seconds", 180));
        Duration warmUp = Duration.ofSeconds(number("warmup", 20));
        int accepters = number("accepters", 50);
        int registrants = number("registrants", 50);
        int searchers = number("searchers", 4);
        int importers = number("importers", 1);
        LoadCluster.Database database = new LoadCluster.Database(option("db-url", "jdbc:postgresql://127.0.0.1:5432/pa_load"),
                option("db-username", "keycloak"), option("db-password", "keycloak-ci"));
        Path zip = Path.of(option("dist-zip", System.getProperty("user.home")
                + "/.m2/repository/org/keycloak/keycloak-quarkus-dist/26.7.3/keycloak-quarkus-dist-26.7.3.zip"));

        LoadRecorder recorder = new LoadRecorder();
        try (ClinicMailbox mailbox = new ClinicMailbox(number("mail-port", 3380));
             LoadCluster cluster = new LoadCluster(work, database)) {
            log("preparing the distribution under " + work);
            cluster.prepare(zip, List.of(jar("providers", "patient-access-providers-"), jar("themes", "patient-access-themes-")));
            log("starting " + LoadCluster.NODES.size() + " nodes");
            cluster.start();
            List<String> viewsBefore = cluster.views();
            log("cluster formed: " + viewsBefore);
            List<String> nodes = cluster.nodeUrls();

            LoadClinic clinic = new LoadClinic();
            clinic.createRealm(new ServerAdmin(nodes.get(0), KeycloakServer.ADMIN, KeycloakServer.ADMIN_PASSWORD),
                    Path.of(option("realm", "realm-config/clinic-realm.json")), mailbox.port);
            List<ServerAdmin> staff = nodes.stream().map(url -> new ServerAdmin(url, LoadClinic.REALM, LoadClinic.STAFF, LoadClinic.STAFF_PASSWORD)).toList();
            try (Connection connection = database.connect()) {
                log("seeding the clinic");
                clinic.seed(staff.get(0), connection, number("records", 20_000), number("returning", 10_000), accepters);
            }

            ExecutorService clicks = Executors.newCachedThreadPool();
            InvitationAccepts accepts = new InvitationAccepts(staff, nodes, clinic, recorder, clicks, number("twice-every", 4));
            ReturningRegistrations registrations = new ReturningRegistrations(clinic, mailbox, recorder);
            StaffWork reception = new StaffWork(recorder);
            long startNanos = System.nanoTime();
            long measureFrom = startNanos + warmUp.toNanos();
            long end = measureFrom + measured.toNanos();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < accepters; i++) {
                int worker = i;
                workers.add(worker("accept-" + i, end, round -> accepts.once(worker, round)));
            }
            for (int i = 0; i < registrants; i++) {
                int worker = i;
                workers.add(worker("register-" + i, end, round -> registrations.once(nodes.get((worker + round) % 2))));
            }
            for (int i = 0; i < searchers; i++) {
                int worker = i;
                workers.add(worker("search-" + i, end, round -> reception.search(staff.get((worker + round) % 2))));
            }
            for (int i = 0; i < importers; i++) {
                int worker = i;
                workers.add(worker("import-" + i, end, round -> {
                    reception.importNewPatients(staff.get((worker + round) % 2));
                    Thread.sleep(1000);
                }));
            }
            log(String.format("load: %d accepters, %d registrants, %d searchers, %d importers; %d s warm-up, then %d s measured",
                    accepters, registrants, searchers, importers, warmUp.toSeconds(), measured.toSeconds()));
            Thread.sleep(warmUp.toMillis());
            recorder.measureFrom(measureFrom);
            String loadBefore = loadAverage();
            Thread.sleep(measured.toMillis());
            String loadAfter = loadAverage();
            log("measured time over; letting the flows under way finish");
            for (Thread thread : workers) {
                thread.join(Duration.ofMinutes(3).toMillis());
            }
            recorder.stopMeasuring();
            clicks.shutdown();

            StringBuilder report = new StringBuilder();
            report.append(String.format("## Load on a two-node cluster (%s)%n%n", Instant.now()));
            report.append(String.format("%d cores, Java %s, %s x %d (start --optimized, --cache=ispn --cache-stack=jdbc-ping) on one PostgreSQL;"
                            + " client on loopback; %d s measured after %d s warm-up%n%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), LoadCluster.KEYCLOAK, nodes.size(),
                    measured.toSeconds(), warmUp.toSeconds()));
            report.append("Cluster view before: ").append(viewsBefore).append("\n\n");
            report.append("Machine load average (1, 5, 15 min) when the measured time began: ").append(loadBefore)
                    .append("; when it ended: ").append(loadAfter).append("\n\n");
            report.append(recorder.report(measured.toNanos() / 1e9)).append("\n\n");
            CountsInTheDatabase counts;
            try (Connection connection = database.connect()) {
                counts = new CountsInTheDatabase(connection, LoadClinic.REALM);
                counts.checkGrants(accepts.accepted, accepts.clickedTwice);
                counts.checkRegistrations(registrations.registered, recorder.total(ReturningRegistrations.REGISTER, ReturningRegistrations.CONTINUED));
                counts.checkImports(reception.imported.sum());
            }
            report.append("Counts in the database afterwards (all flows, warm-up included):\n\n").append(counts.report()).append("\n");
            report.append("Cluster view after: ").append(cluster.views()).append("; both nodes running: ").append(cluster.allAlive()).append("\n");
            System.out.println(report);
            Files.writeString(work.resolve("results.md"), report, StandardCharsets.UTF_8);
            log("written to " + work.resolve("results.md"));
            return counts.allHold() && recorder.otherErrors() == 0;
        }
    }

    private interface Round {
        void run(int round) throws Exception;
    }

    /** A thread that runs rounds until {@code endNanos}; a round's own errors are the recorder's, anything else ends the thread. */
    private static Thread worker(String name, long endNanos, Round body) {
        Thread thread = new Thread(() -> {
            for (int round = 0; System.nanoTime() < endNanos; round++) {
                try {
                    body.run(round);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    log(name + " stopped: " + e);
                    return;
                }
            }
        }, name);
        thread.start();
        return thread;
    }

    private static Path jar(String module, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(Path.of(module, "target"))) {
            return files.filter(path -> path.getFileName().toString().startsWith(prefix) && path.toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar in " + module + "/target: run ./mvnw -B -o install -DskipTests first"));
        }
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static void log(String message) {
        System.out.println("[load " + Instant.now() + "] " + message);
    }
}
