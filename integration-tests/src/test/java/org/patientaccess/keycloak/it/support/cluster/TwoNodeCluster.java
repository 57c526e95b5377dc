package org.patientaccess.keycloak.it.support.cluster;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.patientaccess.keycloak.it.support.browser.Browser;

/**
 * Two Keycloak 26.7.3 nodes with our JARs on one PostgreSQL database, clustered through Infinispan
 * with JDBC_PING on loopback, and a GreenMail server in the test JVM that the tests' realms mail
 * through. One cluster per run ({@link ClusterExtension} starts it once and stops it at the end).
 *
 * <p>System properties: {@code cluster.dist.zip} (the keycloak-quarkus-dist zip), {@code cluster.providers}
 * (our JARs, separated by the path separator), {@code cluster.dir} (where the nodes live), the
 * database's (see {@link ClusterDatabase}) and {@code cluster.smtp.port}.
 */
public final class TwoNodeCluster implements AutoCloseable {

    /**
     * The cluster's hostname, as a load balancer would serve it: nothing listens there; the tests
     * call a node directly, and {@link #browserOn} routes a browser's requests to one node.
     */
    public static final String FRONT = "http://localhost:8100";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final Pattern VIEW = Pattern.compile("ISPN000094: Received new cluster view for channel \\S+: \\[[^]]*] \\((\\d+)\\)");

    private static TwoNodeCluster running;

    private final ClusterDatabase database;
    private final ClusterNode a;
    private final ClusterNode b;
    private final int smtpPort;
    private MailServer mail;

    private TwoNodeCluster(ClusterDatabase database, ClusterNode a, ClusterNode b, int smtpPort) {
        this.database = database;
        this.a = a;
        this.b = b;
        this.smtpPort = smtpPort;
    }

    /** The cluster of this run, once {@link ClusterExtension} has started it. */
    public static synchronized TwoNodeCluster running() {
        if (running == null) {
            throw new IllegalStateException("the cluster is not started: does the class use @ExtendWith(ClusterExtension.class)?");
        }
        return running;
    }

    static synchronized TwoNodeCluster startOnce() throws Exception {
        if (running == null) {
            running = build();
            running.startOneThenTheOther();
        }
        return running;
    }

    private static TwoNodeCluster build() throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("cluster.dir", "target/cluster")).toAbsolutePath();
        Path homeA = dir.resolve("node-a");
        Path homeB = dir.resolve("node-b");
        deleteTree(homeA);
        deleteTree(homeB);
        Files.createDirectories(dir);
        unpack(Path.of(System.getProperty("cluster.dist.zip")), homeA);
        for (String jar : System.getProperty("cluster.providers").split(File.pathSeparator)) {
            Path source = Path.of(jar);
            Files.copy(source, homeA.resolve("providers").resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> build = new ArrayList<>(List.of("bash", homeA.resolve("bin/kc.sh").toString(), "build"));
        build.addAll(ClusterOptions.BUILD);
        Path buildLog = dir.resolve("build.log");
        Process built = new ProcessBuilder(build).redirectErrorStream(true).redirectOutput(buildLog.toFile()).start();
        if (built.waitFor() != 0) {
            throw new IllegalStateException("kc.sh build failed; see " + buildLog);
        }
        copyTree(homeA, homeB);

        ClusterDatabase database = ClusterDatabase.fromSystemProperties();
        ClusterNode a = new ClusterNode("node-a", homeA, 8180, 9180, 7810, database, dir.resolve("node-a.log"));
        ClusterNode b = new ClusterNode("node-b", homeB, 8280, 9280, 7820, database, dir.resolve("node-b.log"));
        Files.deleteIfExists(a.log());
        Files.deleteIfExists(b.log());
        TwoNodeCluster cluster = new TwoNodeCluster(database, a, b, Integer.getInteger("cluster.smtp.port", 3325));
        cluster.mail = new MailServer("127.0.0.1", cluster.smtpPort);
        return cluster;
    }

    /**
     * The first start, on an empty database: one node makes Keycloak's schema (and ours) alone, then the
     * other joins. Keycloak's own first migration is not safe for two nodes at once: a CI run saw the
     * second fail with "relation databasechangelog already exists". Starts at the same moment on a
     * database that has its schema are {@link #startBoth}'s (see BothNodesStartingAtOnceSetUpEveryRealmOnceClusterIT).
     */
    private void startOneThenTheOther() throws InterruptedException {
        a.start();
        a.awaitReady(START_TIMEOUT);
        b.start();
        b.awaitReady(START_TIMEOUT);
        awaitView(2);
    }

    /** Starts both nodes at the same moment and waits until each is ready and sees the other. */
    public void startBoth() throws InterruptedException {
        a.start();
        b.start();
        a.awaitReady(START_TIMEOUT);
        b.awaitReady(START_TIMEOUT);
        awaitView(2);
    }

    /** Stops both nodes (SIGTERM), then starts both at the same moment. */
    public void restartBoth() throws InterruptedException {
        a.stop();
        b.stop();
        startBoth();
    }

    /** Starts one stopped (or killed) node again and waits until it is ready and back in the cluster. */
    public void restart(ClusterNode node) throws InterruptedException {
        node.stop();
        node.start();
        node.awaitReady(START_TIMEOUT);
        awaitView(2);
    }

    /** Waits until both nodes' latest cluster view (JGroups, as Infinispan logs it) holds {@code members} nodes. */
    public void awaitView(int members) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (latestView(a) != members || latestView(b) != members) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the nodes' views are " + latestView(a) + " and " + latestView(b)
                        + " members, not " + members + "; see " + a.log() + " and " + b.log());
            }
            Thread.sleep(500);
        }
    }

    /** The number of members in the node's latest cluster view in its log, or 0 if it logged none. */
    public static int latestView(ClusterNode node) {
        Matcher view = VIEW.matcher(node.logText().substring(lastStart(node)));
        int members = 0;
        while (view.find()) {
            members = Integer.parseInt(view.group(1));
        }
        return members;
    }

    /** Where the node's log of its latest start begins. */
    public static int lastStart(ClusterNode node) {
        return Math.max(0, node.logText().lastIndexOf("==== " + node.name() + " starting ===="));
    }

    public ClusterNode a() {
        return a;
    }

    public ClusterNode b() {
        return b;
    }

    public ClusterDatabase database() {
        return database;
    }

    /** The mail server the tests' realms send through. */
    public synchronized MailServer mail() {
        return mail;
    }

    /** Stops the mail server: the nodes' next messages fail to send. */
    public synchronized void stopMail() {
        mail.stop();
    }

    /** Starts a new, empty mail server on the same port. */
    public synchronized void startMail() {
        mail = new MailServer("127.0.0.1", smtpPort);
    }

    /** A browser whose every request (links, forms, redirects to the hostname) goes to one node. */
    public Browser browserOn(ClusterNode node) {
        return Browser.through(FRONT, node.url());
    }

    /** A master-realm admin client of one node. */
    public Keycloak admin(ClusterNode node) {
        return Keycloak.getInstance(node.url(), "master", ADMIN, ADMIN_PASSWORD, "admin-cli");
    }

    /**
     * Creates a realm (through node A) from one of the ITs' realm configs ({@link
     * org.patientaccess.keycloak.it.support.realm.ClinicRealm} or a variant: the demo's realm file with
     * the tests' accounts), under a name of its own and sending its mail to the cluster's mail server.
     */
    public ClusterRealm newRealm(RealmConfig config, String base) {
        return create(config.configure(RealmBuilder.create()).build(), base);
    }

    private ClusterRealm create(RealmRepresentation realm, String base) {
        String name = base + "-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        realm.setId(null);
        realm.setRealm(name);
        realm.setEnabled(true);
        realm.setSmtpServer(Map.of("host", "127.0.0.1", "port", Integer.toString(smtpPort), "from", "clinic@clinic.test"));
        try (Keycloak admin = admin(a)) {
            admin.realms().create(realm);
        }
        return new ClusterRealm(name, this);
    }

    /** The admin API of a realm through one node (close the client when done). */
    public RealmResource realm(Keycloak admin, String name) {
        return admin.realm(name);
    }

    @Override
    public synchronized void close() {
        a.stop();
        b.stop();
        mail.stop();
        running = null;
    }

    private static void unpack(Path zip, Path home) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                // The zip holds one top folder (keycloak-26.7.3/): the home is its content.
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path target = home.resolve(name).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("entry outside the home: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(entries, target);
                    if (name.endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
