package org.patientaccess.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.patientaccess.benchmarks.NoisyQueries.Noise;

/**
 * Match quality and latency on synthetic clinics of growing size, against a running server:
 * precision and recall per grade, the number of wrong people graded certain (must be 0), and
 * p50/p99 latency of POST /patients/match (the whole HTTP request, on loopback), and for each kind
 * of noise how many of the people asked with it were found at all, and certain or probable.
 *
 * <pre>./mvnw -q -pl benchmarks -am -DskipTests install exec:java -Dexec.args="--sizes 10000,100000,1000000"</pre>
 */
public final class MatchBenchmark {

    private static final String REALM = "match-bench";
    private static final int CHUNK = 10_000;

    private enum Grade { certain, probable, possible }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        ServerAdmin admin = new ServerAdmin(options.getOrDefault("--url", "http://127.0.0.1:8080"),
                options.getOrDefault("--user", "admin"), options.getOrDefault("--password", "admin"));
        int queries = Integer.parseInt(options.getOrDefault("--queries", "500"));
        int strangers = queries / 5;
        System.out.printf("%-10s %-9s %9s %9s %7s %7s%n", "records", "grade", "precision", "recall", "right", "wrong");
        for (String size : options.getOrDefault("--sizes", "10000,100000").split(",")) {
            run(admin, Integer.parseInt(size.strip()), queries, strangers);
        }
        admin.deleteRealm(REALM);
    }

    private static void run(ServerAdmin admin, int size, int queries, int strangers) throws Exception {
        List<Person> clinic = SyntheticClinic.generate(size, 42);
        admin.recreateRealm(REALM);
        long importStart = System.nanoTime();
        for (int from = 0; from < clinic.size(); from += CHUNK) {
            StringBuilder csv = new StringBuilder("externalId,firstName,lastName,birthDate,email,phone\n");
            clinic.subList(from, Math.min(clinic.size(), from + CHUNK)).forEach(person -> csv.append(person.csvRow()).append('\n'));
            JsonNode report = admin.importCsv(REALM, csv.toString());
            if (report.path("failed").asInt() != 0) {
                throw new IllegalStateException("import failed: " + report);
            }
        }
        double importSeconds = (System.nanoTime() - importStart) / 1e9;

        Random random = new Random(7);
        List<NoisyQueries.Query> asked = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            asked.add(NoisyQueries.noisy(clinic.get(random.nextInt(clinic.size())), random));
        }
        for (int i = 0; i < strangers; i++) {
            asked.add(new NoisyQueries.Query(NoisyQueries.stranger(i, random), Set.of()));
        }
        for (int i = 0; i < 50; i++) {
            admin.match(REALM, asked.get(i).person());     // warm-up
        }

        Map<Grade, int[]> counts = new EnumMap<>(Grade.class);   // [candidates, true candidates, queries found at or above]
        for (Grade grade : Grade.values()) {
            counts.put(grade, new int[3]);
        }
        Map<Noise, int[]> byNoise = new EnumMap<>(Noise.class);   // [queries, found at all, certain or probable]
        for (Noise noise : Noise.values()) {
            byNoise.put(noise, new int[3]);
        }
        long[] latencies = new long[asked.size()];
        for (int i = 0; i < asked.size(); i++) {
            Person person = asked.get(i).person();
            long start = System.nanoTime();
            JsonNode candidates = admin.match(REALM, person).path("candidates");
            latencies[i] = System.nanoTime() - start;
            Grade best = null;
            for (JsonNode candidate : candidates) {
                Grade grade = Grade.valueOf(candidate.path("grade").asText());
                boolean same = candidate.path("patient").path("externalId").asText().equals(person.externalId());
                counts.get(grade)[0]++;
                if (same) {
                    counts.get(grade)[1]++;
                    best = grade;
                }
            }
            for (Grade grade : Grade.values()) {
                if (best != null && best.ordinal() <= grade.ordinal()) {
                    counts.get(grade)[2]++;
                }
            }
            for (Noise noise : asked.get(i).noise()) {
                int[] c = byNoise.get(noise);
                c[0]++;
                c[1] += best == null ? 0 : 1;
                c[2] += best != null && best.ordinal() <= Grade.probable.ordinal() ? 1 : 0;
            }
        }
        for (Grade grade : Grade.values()) {
            int[] c = counts.get(grade);
            System.out.printf(Locale.ROOT, "%-10d %-9s %9.3f %9.3f %7d %7d%n", size, grade,
                    c[0] == 0 ? 1.0 : (double) c[1] / c[0], (double) c[2] / queries, c[1], c[0] - c[1]);
        }
        for (Noise noise : Noise.values()) {
            int[] c = byNoise.get(noise);
            System.out.printf(Locale.ROOT, "%-10d noise %-17s %4d queries, recall %.3f, certain or probable %.3f%n", size, noise,
                    c[0], c[0] == 0 ? 1.0 : (double) c[1] / c[0], c[0] == 0 ? 1.0 : (double) c[2] / c[0]);
        }
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "%-10d latency p50 %.1f ms, p99 %.1f ms over %d matches; import %.1f s%n", size,
                latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6, latencies.length, importSeconds);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
