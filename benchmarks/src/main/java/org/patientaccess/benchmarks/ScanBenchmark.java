package org.patientaccess.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The duplicate scan on synthetic clinics of growing size, against a running server: a clinic of
 * households, twins and namesakes (SyntheticClinic) with known duplicates planted in it (a second
 * record of some people, with the noise of a registration form: NoisyQueries), then one scan. Prints
 * how long the scan took, and per grade how many pairs were proposed, how many were planted duplicates
 * (precision) and how many planted duplicates were found at that grade or better (recall). Any pair
 * that is not a planted duplicate is two different people: the generator makes no other duplicates.
 *
 * <pre>java -cp benchmarks/target/classes:$(cat cp.txt) org.patientaccess.benchmarks.ScanBenchmark --sizes 10000,100000,1000000</pre>
 */
public final class ScanBenchmark {

    private static final String REALM = "scan-bench";
    private static final int CHUNK = 10_000;
    private static final int PAGE = 100;

    private enum Grade { certain, probable, possible }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        ServerAdmin admin = new ServerAdmin(options.getOrDefault("--url", "http://127.0.0.1:8080"),
                options.getOrDefault("--user", "admin"), options.getOrDefault("--password", "admin"));
        double plantedShare = Double.parseDouble(options.getOrDefault("--planted", "0.01"));
        System.out.printf("%-10s %-9s %9s %9s %9s %9s%n", "records", "grade", "pairs", "planted", "precision", "recall");
        for (String size : options.getOrDefault("--sizes", "10000,100000").split(",")) {
            run(admin, Integer.parseInt(size.strip()), plantedShare);
        }
        if (!options.containsKey("--keep")) {
            admin.deleteRealm(REALM);
        }
    }

    private static void run(ServerAdmin admin, int size, double plantedShare) throws Exception {
        int planted = (int) Math.round(size * plantedShare);
        List<Person> clinic = new ArrayList<>(SyntheticClinic.generate(size - planted, 42));
        Random random = new Random(11);
        Set<String> plantedPairs = new HashSet<>();
        Set<Integer> copied = new HashSet<>();
        while (copied.size() < planted) {
            int index = random.nextInt(size - planted);
            if (copied.add(index)) {
                Person original = clinic.get(index);
                Person noisy = NoisyQueries.noisy(original, random).person();
                while (noisy.birthDate().isAfter(LocalDate.now())) {   // a year off for a baby: no form takes a date to come
                    noisy = NoisyQueries.noisy(original, random).person();
                }
                Person copy = new Person("D" + original.externalId(), noisy.firstName(), noisy.lastName(), noisy.birthDate(),
                        noisy.email(), noisy.phone());
                clinic.add(copy);
                plantedPairs.add(pairKey(original.externalId(), copy.externalId()));
            }
        }

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

        String base = "/admin/realms/" + REALM + "/patient-access/duplicates";
        long scanStart = System.nanoTime();
        JsonNode scan = admin.postForJson(base + "/scan", 202);
        while ("RUNNING".equals(scan.path("status").asText())) {
            Thread.sleep(1_000);
            scan = admin.getJson(base + "/scan");
        }
        double scanSeconds = (System.nanoTime() - scanStart) / 1e9;
        if (!"COMPLETED".equals(scan.path("status").asText())) {
            throw new IllegalStateException("scan did not complete: " + scan);
        }

        Map<Grade, int[]> counts = new EnumMap<>(Grade.class);   // [pairs, planted pairs]
        for (Grade grade : Grade.values()) {
            counts.put(grade, new int[2]);
        }
        Map<String, Grade> foundPlanted = new HashMap<>();
        int total = Integer.MAX_VALUE;
        for (int first = 0; first < total; first += PAGE) {
            JsonNode page = admin.getJson(base + "?first=" + first + "&max=" + PAGE);
            total = page.path("total").asInt();
            for (JsonNode pair : page.path("pairs")) {
                Grade grade = Grade.valueOf(pair.path("grade").asText());
                String key = pairKey(pair.path("a").path("externalId").asText(), pair.path("b").path("externalId").asText());
                counts.get(grade)[0]++;
                if (plantedPairs.contains(key)) {
                    counts.get(grade)[1]++;
                    foundPlanted.put(key, grade);
                }
            }
        }
        int pairs = 0;
        int truePairs = 0;
        for (Grade grade : Grade.values()) {
            int[] c = counts.get(grade);
            pairs += c[0];
            truePairs += c[1];
            int atOrAbove = (int) foundPlanted.values().stream().filter(found -> found.ordinal() <= grade.ordinal()).count();
            System.out.printf(Locale.ROOT, "%-10d %-9s %9d %9d %9.3f %9.3f%n", size, grade, c[0], c[1],
                    c[0] == 0 ? 1.0 : (double) c[1] / c[0], planted == 0 ? 1.0 : (double) atOrAbove / planted);
        }
        System.out.printf(Locale.ROOT, "%-10d scan %.1f s (%d records streamed over the passes), %d pairs, %d of %d planted found;"
                        + " import %.1f s%n", size, scanSeconds, scan.path("processed").asLong(), pairs, truePairs, planted, importSeconds);
    }

    private static String pairKey(String externalA, String externalB) {
        return externalA.compareTo(externalB) < 0 ? externalA + "|" + externalB : externalB + "|" + externalA;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--keep")) {
                options.put("--keep", "");
            } else if (i + 1 < args.length) {
                options.put(args[i], args[++i]);
            }
        }
        return options;
    }
}
