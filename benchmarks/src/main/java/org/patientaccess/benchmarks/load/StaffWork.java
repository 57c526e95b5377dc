package org.patientaccess.benchmarks.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.patientaccess.benchmarks.Person;
import org.patientaccess.benchmarks.ServerAdmin;
import org.patientaccess.benchmarks.SyntheticClinic;

/** Reception at work meanwhile: searching the clinic's records, and importing new patients in small files. */
final class StaffWork {

    static final String SEARCH = "search (staff: name prefix, page of 20)";
    static final String IMPORT = "import (staff: CSV of " + StaffWork.IMPORT_ROWS + " new patients)";
    static final int IMPORT_ROWS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoadRecorder recorder;
    private final AtomicInteger nextImported = new AtomicInteger();
    /** Patients the imports reported created: each must be in the database. */
    final LongAdder imported = new LongAdder();

    StaffWork(LoadRecorder recorder) {
        this.recorder = recorder;
    }

    void search(ServerAdmin staff) throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String surname = SyntheticClinic.LAST_NAMES[random.nextInt(SyntheticClinic.LAST_NAMES.length)];
        String words = random.nextBoolean() ? surname.substring(0, Math.min(3, surname.length()))
                : SyntheticClinic.FIRST_NAMES[random.nextInt(SyntheticClinic.FIRST_NAMES.length)] + " " + surname;
        long start = System.nanoTime();
        try {
            ServerAdmin.Answer answer = staff.call("GET", "/admin/realms/" + LoadClinic.REALM + "/patient-access/patients?max=20&search="
                    + URLEncoder.encode(words, StandardCharsets.UTF_8), null, null);
            answered(SEARCH, answer, start);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            recorder.failed(SEARCH, e, start, 1);
        }
    }

    void importNewPatients(ServerAdmin staff) throws InterruptedException {
        int first = nextImported.getAndAdd(IMPORT_ROWS);
        StringBuilder csv = new StringBuilder("externalId,firstName,lastName,birthDate,email,phone\n");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = first; i < first + IMPORT_ROWS; i++) {
            csv.append(new Person(String.format("I%07d", i), SyntheticClinic.FIRST_NAMES[random.nextInt(SyntheticClinic.FIRST_NAMES.length)],
                    SyntheticClinic.LAST_NAMES[random.nextInt(SyntheticClinic.LAST_NAMES.length)],
                    SyntheticClinic.date(new Random(i), 1940, 2024), null, null).csvRow()).append('\n');
        }
        long start = System.nanoTime();
        try {
            ServerAdmin.Answer answer = staff.call("POST", "/admin/realms/" + LoadClinic.REALM + "/patient-access/patients/import",
                    "text/csv", csv.toString());
            if (answer.status() == 200) {
                JsonNode report = JSON.readTree(answer.body());
                imported.add(report.path("created").asLong());
                if (report.path("created").asInt() != IMPORT_ROWS) {
                    recorder.failed(IMPORT, "fewer created than sent", InvitationAccepts.abbreviated(answer.body()), start, 1);
                    return;
                }
            }
            answered(IMPORT, answer, start);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            recorder.failed(IMPORT, e, start, 1);
        }
    }

    private void answered(String kind, ServerAdmin.Answer answer, long start) {
        if (answer.status() == 200) {
            recorder.done(kind, start, 1);
        } else if (answer.status() == 409 || answer.status() == 429) {
            recorder.designed(kind, Integer.toString(answer.status()), start, 1);
        } else {
            recorder.failed(kind, Integer.toString(answer.status()), InvitationAccepts.abbreviated(answer.body()), start, 1);
        }
    }
}
