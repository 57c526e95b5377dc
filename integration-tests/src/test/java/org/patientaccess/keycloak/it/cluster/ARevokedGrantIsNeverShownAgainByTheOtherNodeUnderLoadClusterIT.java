package org.patientaccess.keycloak.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;
import static org.patientaccess.keycloak.it.support.realm.FamiliesBookingClinicRealm.parent;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.cluster.ClusterExtension;
import org.patientaccess.keycloak.it.support.cluster.ClusterNode;
import org.patientaccess.keycloak.it.support.cluster.ClusterRealm;
import org.patientaccess.keycloak.it.support.cluster.TwoNodeCluster;
import org.patientaccess.keycloak.it.support.oidc.BookingApp;
import org.patientaccess.keycloak.it.support.oidc.Tokens;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.FamiliesBookingClinicRealm;

/**
 * Whatever node answers, and whatever it remembers of a user's patients, a change made by staff on
 * node A is in every answer node B starts after A answered the change: never the list as it was.
 *
 * <p>Under load: booking-app sessions of {@value FamiliesBookingClinicRealm#PARENTS} parents (signed
 * in through A or B, the {@code patients} scope being the app's default) are refreshed, and their
 * access tokens read at userinfo and introspected by the app's back end, on B by {@value #CLIENTS}
 * client threads, while staff on A keep changing them, each kind of change on accounts of its own:
 * a grant ended (then given back), a grant's permissions changed (VIEW dropped, then given back), a
 * grant given with a {@code validUntil} a few seconds ahead (which then lapses), a record archived
 * (then restored). Each family's expected list is written down as a timeline of changes, each with
 * the moment its request was sent and the moment it was answered (a lapse at its {@code validUntil});
 * every answer of B is then held to the list of the last change answered before it started, or of a
 * change sent before it ended (in flight, either list may be right). An answer with an older list is
 * stale; one with a list no change made is wrong.
 *
 * <p>A node that was down: B, having read one user's list, stops; staff change it on A, and another
 * user's list that only A has read (A reads it anew); B starts again and its first answers show both
 * new lists; then, both up, the next changes made on A are in B's next answers.
 *
 * <p>Requests to B go to it directly: both nodes have the cluster's one hostname, so a token made by
 * one is valid on the other.
 */
@ExtendWith(ClusterExtension.class)
class ARevokedGrantIsNeverShownAgainByTheOtherNodeUnderLoadClusterIT {

    private static final int CLIENTS = 4;
    private static final Duration LOAD = Duration.ofSeconds(25);
    /** How far ahead a lapsing grant's validUntil is set: long enough for B to serve it listed first. */
    private static final Duration LAPSE = Duration.ofSeconds(3);
    /** Between two changes of the staff thread, so that B answers each state a few times. */
    private static final long PAUSE_MS = 150;
    private static final List<String> ALL = List.of("BOOK", "VIEW");
    private static final List<String> NO_VIEW = List.of("BOOK");
    /** The fewest answers of B that make the run a load (2-core machine, both nodes and the client on it). */
    private static final int AT_LEAST = 300;

    private enum Kind { ENDED, PERMISSIONS, LAPSED, ARCHIVED }

    private enum Call { REFRESH, USERINFO, INTROSPECTION }

    /** A family's patients claim from the moment staff's request was answered; in flight from when it was sent. */
    private record Change(long sent, long answered, Set<String> patients) {
    }

    /** One answer of B about a family: when it was asked and answered, and the list it held (null: none). */
    private record Answer(Family family, Call call, long started, long ended, int status, Set<String> patients) {
    }

    private enum Verdict { UNCHANGED, CURRENT, STALE, WRONG }

    /** A parent's booking-app session, the records changed for it, and the timeline of its expected list. */
    private static final class Family {

        final String username;
        final Kind kind;
        final AtomicReference<Tokens> tokens = new AtomicReference<>();
        final List<String> records = new ArrayList<>();
        /** The grant of each record this account holds one on. */
        final Map<String, String> grants = new LinkedHashMap<>();
        /** What the list holds now, record by record: its permissions. */
        final Map<String, List<String>> listed = new LinkedHashMap<>();
        final List<Change> timeline = new CopyOnWriteArrayList<>();
        /** When the last lapsing grant lapses (LAPSED only). */
        long lapsesAt;

        Family(String username, Kind kind) {
            this.username = username;
            this.kind = kind;
        }

        Set<String> expected() {
            Set<String> patients = new TreeSet<>();
            listed.forEach((record, permissions) -> patients.add(entry(record, permissions)));
            return patients;
        }

        void changed(long sent, long answered) {
            timeline.add(new Change(sent, answered, expected()));
        }

        /**
         * An answer held to the timeline: the list of the last change answered before it started, or of
         * any later change sent before it ended, is right; an older one is stale.
         */
        Verdict judge(Answer answer) {
            int current = 0;
            for (int i = 0; i < timeline.size(); i++) {
                if (timeline.get(i).answered() < answer.started()) {
                    current = i;
                }
            }
            for (int i = current; i < timeline.size(); i++) {
                if ((i == current || timeline.get(i).sent() <= answer.ended()) && timeline.get(i).patients().equals(answer.patients())) {
                    return current == 0 ? Verdict.UNCHANGED : Verdict.CURRENT;
                }
            }
            for (int i = 0; i < current; i++) {
                if (timeline.get(i).patients().equals(answer.patients())) {
                    return Verdict.STALE;
                }
            }
            return Verdict.WRONG;
        }
    }

    @Test
    void everyAnswerOfTheOtherNodeStartedAfterAChangeWasAnsweredShowsTheChangeUnderLoad() throws Exception {
        TwoNodeCluster cluster = TwoNodeCluster.running();
        ClusterRealm realm = cluster.newRealm(new FamiliesBookingClinicRealm(), "revocation-load");
        PatientAccessApi staff = realm.receptionOn(cluster.a());
        Map<Kind, List<Family>> byKind = new EnumMap<>(Kind.class);
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < FamiliesBookingClinicRealm.PARENTS; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            Family family = new Family(parent(i), kind);
            for (int r = 0; r < 3; r++) {
                String record = newPatient(staff, "Child" + (char) ('a' + r));
                family.records.add(record);
                family.grants.put(record, grant(staff, record, family.username, ALL, null));
                family.listed.put(record, ALL);
            }
            if (kind == Kind.LAPSED) {
                // A record of its own for the lapsing grants: its other grants stay, within the app's cap of patients.
                family.records.add(0, newPatient(staff, "Lapsing"));
            }
            family.changed(Long.MIN_VALUE, Long.MIN_VALUE);
            // Each kind of change has one family signed in through A and one through B.
            ClusterNode loginNode = i < FamiliesBookingClinicRealm.PARENTS / 2 ? cluster.a() : cluster.b();
            try (Browser browser = cluster.browserOn(loginNode)) {
                family.tokens.set(new BookingApp(loginNode.url(), realm.name()).logIn(browser, family.username, ClinicRealm.PASSWORD, "openid"));
            }
            families.add(family);
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(family);
        }
        BookingApp onB = new BookingApp(cluster.b().url(), realm.name());
        for (Family family : families) {
            assertThat(patients(onB.userInfo(family.tokens.get().accessToken()).json().path("patients")))
                    .as("%s's list on B before any change", family.username).isEqualTo(family.expected());
        }

        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        long loadEnds = System.currentTimeMillis() + LOAD.toMillis();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            clients.execute(() -> {
                while (System.currentTimeMillis() < loadEnds) {
                    Family family = families.get(ThreadLocalRandom.current().nextInt(families.size()));
                    answers.add(call(onB, family, Call.values()[ThreadLocalRandom.current().nextInt(Call.values().length)]));
                }
            });
        }
        Map<Kind, Integer> changes = new EnumMap<>(Kind.class);
        for (int round = 0; System.currentTimeMillis() < loadEnds - LAPSE.toMillis(); round++) {
            for (Kind kind : Kind.values()) {
                Family family = byKind.get(kind).get(round % byKind.get(kind).size());
                if (change(staff, family)) {
                    changes.merge(kind, 1, Integer::sum);
                }
                Thread.sleep(PAUSE_MS);
            }
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        Map<Call, Integer> perCall = new EnumMap<>(Call.class);
        Map<Kind, Map<Verdict, Integer>> verdicts = new EnumMap<>(Kind.class);
        List<Answer> failed = new ArrayList<>();
        List<String> notCurrent = new ArrayList<>();
        synchronized (answers) {
            for (Answer answer : answers) {
                perCall.merge(answer.call(), 1, Integer::sum);
                if (answer.status() != 200) {
                    failed.add(answer);
                    continue;
                }
                Verdict verdict = answer.family().judge(answer);
                verdicts.computeIfAbsent(answer.family().kind, k -> new EnumMap<>(Verdict.class)).merge(verdict, 1, Integer::sum);
                if (verdict == Verdict.STALE || verdict == Verdict.WRONG) {
                    notCurrent.add(verdict + " " + answer.call() + " of " + answer.family().username + " started at " + answer.started()
                            + ": " + answer.patients() + "; timeline " + answer.family().timeline);
                }
            }
        }
        System.out.printf("Revocation under load, %d s, %d client threads on node B: %d answers %s, %d failed;"
                        + " changes on node A %s; answers per kind of change %s%n",
                LOAD.toSeconds(), CLIENTS, answers.size(), perCall, failed.size(), changes, verdicts);
        assertThat(failed).as("answers of B other than 200").isEmpty();
        assertThat(notCurrent).as("answers of B older than a change answered before they started, or no list at all").isEmpty();
        assertThat(answers).as("the load's answers").hasSizeGreaterThanOrEqualTo(AT_LEAST);
        for (Kind kind : Kind.values()) {
            assertThat(changes.getOrDefault(kind, 0)).as("%s changes made", kind).isGreaterThanOrEqualTo(4);
            assertThat(verdicts.getOrDefault(kind, Map.of()).getOrDefault(Verdict.CURRENT, 0))
                    .as("answers of B after a %s change", kind).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void aNodeThatWasDownAnswersWithTheListsChangedMeanwhileAndHearsOfTheNextChange() throws Exception {
        TwoNodeCluster cluster = TwoNodeCluster.running();
        ClusterRealm realm = cluster.newRealm(new FamiliesBookingClinicRealm(), "revocation-rejoin");
        PatientAccessApi staff = realm.receptionOn(cluster.a());
        BookingApp onA = new BookingApp(cluster.a().url(), realm.name());
        BookingApp onB = new BookingApp(cluster.b().url(), realm.name());
        // Read on B before it stops, changed while it is down: what B knew is no longer so.
        Family cached = new Family(parent(0), Kind.ENDED);
        // Read on A only, changed while B is down and read anew on A: B first meets it when it is back.
        Family missed = new Family(parent(1), Kind.PERMISSIONS);
        for (Family family : List.of(cached, missed)) {
            for (int r = 0; r < 2; r++) {
                String record = newPatient(staff, "Child" + (char) ('a' + r));
                family.records.add(record);
                family.grants.put(record, grant(staff, record, family.username, ALL, null));
                family.listed.put(record, ALL);
            }
        }
        try (Browser browser = cluster.browserOn(cluster.b())) {
            cached.tokens.set(onB.logIn(browser, cached.username, ClinicRealm.PASSWORD, "openid"));
        }
        try (Browser browser = cluster.browserOn(cluster.a())) {
            missed.tokens.set(onA.logIn(browser, missed.username, ClinicRealm.PASSWORD, "openid"));
        }
        answersOn(onB, cached);
        answersOn(onA, missed);

        cluster.b().stop();
        String ended = cached.records.get(0);
        endGrant(staff, cached, ended);
        setPermissions(staff, missed, missed.records.get(0), NO_VIEW);
        assertThat(patients(onA.userInfo(missed.tokens.get().accessToken()).json().path("patients"))).isEqualTo(missed.expected());
        cluster.restart(cluster.b());

        answersOn(onB, cached);
        answersOn(onB, missed);

        cached.grants.put(ended, grant(staff, ended, cached.username, ALL, null));
        cached.listed.put(ended, ALL);
        endGrant(staff, missed, missed.records.get(1));
        answersOn(onB, cached);
        answersOn(onB, missed);
    }

    /** B's userinfo, introspection and refresh for the family all hold its list as staff left it. */
    private static void answersOn(BookingApp node, Family family) {
        for (Call call : Call.values()) {
            Answer answer = call(node, family, call);
            assertThat(answer.status()).as("%s of %s", call, family.username).isEqualTo(200);
            assertThat(answer.patients()).as("%s of %s", call, family.username).isEqualTo(family.expected());
        }
    }

    /** One call of the booking app (or its back end) for the family; a refresh keeps the new tokens. */
    private static Answer call(BookingApp node, Family family, Call call) {
        Tokens tokens = family.tokens.get();
        long started = System.currentTimeMillis();
        try {
            ApiResponse response = switch (call) {
                case REFRESH -> node.refresh(tokens.refreshToken());
                case USERINFO -> node.userInfo(tokens.accessToken());
                case INTROSPECTION -> node.introspect(tokens.accessToken());
            };
            long ended = System.currentTimeMillis();
            Set<String> patients = null;
            if (response.status() == 200) {
                JsonNode body = response.json();
                if (call == Call.REFRESH) {
                    Tokens refreshed = new Tokens(body);
                    family.tokens.set(refreshed);
                    body = refreshed.accessTokenClaims();
                }
                patients = body.has("patients") ? patients(body.path("patients")) : null;
            }
            return new Answer(family, call, started, ended, response.status(), patients);
        } catch (UncheckedIOException | IllegalStateException e) {
            // No answer (a connection refused or cut): counted as failed with the others.
            return new Answer(family, call, started, System.currentTimeMillis(), -1, null);
        }
    }

    /**
     * Staff's next change of the family's kind, on A, written down in its timeline; false when none was
     * due (a lapsing grant not lapsed yet).
     */
    private static boolean change(PatientAccessApi staff, Family family) {
        String record = family.records.get(0);
        switch (family.kind) {
            case ENDED -> {
                if (family.listed.containsKey(record)) {
                    endGrant(staff, family, record);
                } else {
                    long sent = System.currentTimeMillis();
                    family.grants.put(record, grant(staff, record, family.username, ALL, null));
                    family.listed.put(record, ALL);
                    family.changed(sent, System.currentTimeMillis());
                }
            }
            case PERMISSIONS -> setPermissions(staff, family, record, family.listed.get(record).equals(ALL) ? NO_VIEW : ALL);
            case LAPSED -> {
                if (System.currentTimeMillis() <= family.lapsesAt) {
                    return false;
                }
                // Whole seconds, as a clinic's form sends it.
                Instant lapses = Instant.now().plus(LAPSE).truncatedTo(ChronoUnit.SECONDS);
                long sent = System.currentTimeMillis();
                family.grants.put(record, grant(staff, record, family.username, ALL, lapses));
                family.listed.put(record, ALL);
                family.changed(sent, System.currentTimeMillis());
                // It lapses by itself: from its validUntil on, no answer may list it.
                family.lapsesAt = lapses.toEpochMilli();
                family.listed.remove(record);
                family.changed(family.lapsesAt, family.lapsesAt);
            }
            case ARCHIVED -> {
                long sent = System.currentTimeMillis();
                if (family.listed.containsKey(record)) {
                    assertThat(staff.delete("/" + record).status()).isEqualTo(204);
                    family.listed.remove(record);
                } else {
                    ObjectNode patient = (ObjectNode) staff.get("/" + record).json();
                    patient.put("status", "ACTIVE");
                    ApiResponse restored = staff.put("/" + record, patient);
                    assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
                    family.listed.put(record, ALL);
                }
                family.changed(sent, System.currentTimeMillis());
            }
        }
        return true;
    }

    private static void endGrant(PatientAccessApi staff, Family family, String record) {
        long sent = System.currentTimeMillis();
        assertThat(staff.delete("/" + record + "/accounts/" + family.grants.remove(record)).status()).isEqualTo(204);
        family.listed.remove(record);
        family.changed(sent, System.currentTimeMillis());
    }

    private static void setPermissions(PatientAccessApi staff, Family family, String record, List<String> permissions) {
        long sent = System.currentTimeMillis();
        ApiResponse changed = staff.put("/" + record + "/accounts/" + family.grants.get(record),
                Map.of("relationship", "PARENT", "permissions", permissions));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        family.listed.put(record, permissions);
        family.changed(sent, System.currentTimeMillis());
    }

    private static String newPatient(PatientAccessApi staff, String firstName) {
        return staff.create(patient(null, firstName, uniqueSurname("Moreau"), "2016-04-12", null, null)).path("id").asText();
    }

    private static String grant(PatientAccessApi staff, String record, String email, List<String> permissions, Instant validUntil) {
        Map<String, Object> terms = new LinkedHashMap<>(Map.of("email", email, "relationship", "PARENT", "permissions", permissions));
        if (validUntil != null) {
            terms.put("validUntil", validUntil.toString());
        }
        ApiResponse granted = staff.post("/" + record + "/accounts", terms);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return granted.json().path("id").asText();
    }

    /** A patients claim as a set of "id PERMISSION,PERMISSION" entries: what a change can change, in no particular order. */
    private static Set<String> patients(JsonNode claim) {
        Set<String> patients = new TreeSet<>();
        claim.forEach(entry -> {
            List<String> permissions = new ArrayList<>();
            entry.path("permissions").forEach(permission -> permissions.add(permission.asText()));
            patients.add(entry(entry.path("id").asText(), permissions));
        });
        return patients;
    }

    private static String entry(String record, List<String> permissions) {
        return record + " " + String.join(",", new TreeSet<>(permissions));
    }
}
