package org.patientaccess.benchmarks.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.patientaccess.benchmarks.Person;
import org.patientaccess.benchmarks.ServerAdmin;
import org.patientaccess.benchmarks.SyntheticClinic;

/**
 * The clinic under load: the demo realm (its staff, booking app, registration form and email
 * verification) with its mail sent to the load client, a synthetic clinic of families whose
 * records staff invite parents to, returning patients whose records carry their own email (their
 * registration links by itself), and the parents' accounts.
 */
final class LoadClinic {

    static final String REALM = "clinic";
    static final String STAFF = "staff@riverside-physio.example";
    static final String STAFF_PASSWORD = "staff";
    static final String PASSWORD = "Load-passphrase-1";
    static final String APP_REDIRECT = "http://localhost:3000/callback";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IMPORT_CHUNK = 5_000;

    /** A returning patient: their record's external id, and what they type on the registration form. */
    record Returning(String externalId, String firstName, String lastName, LocalDate birthDate, String email) {
    }

    final List<String> inviteeRecordIds = new ArrayList<>();
    final List<Returning> returning = new ArrayList<>();
    final List<String> parents = new ArrayList<>();

    /**
     * Makes the realm from {@code realm-config/clinic-realm.json}, its SMTP server the load client's
     * mailbox. Passwords are hashed with PBKDF2 at 1,000 iterations, so that a login measures the
     * flow, not the hash (as in the token benchmark).
     */
    void createRealm(ServerAdmin admin, Path realmJson, int mailPort) throws Exception {
        ObjectNode realm = (ObjectNode) JSON.readTree(Files.readString(realmJson));
        ((ObjectNode) realm.get("smtpServer")).put("host", "127.0.0.1").put("port", Integer.toString(mailPort));
        realm.put("passwordPolicy", "hashAlgorithm(pbkdf2-sha256) and hashIterations(1000)");
        admin.postJson("/admin/realms", realm, 201);
    }

    /** Imports the clinic's records and the returning patients', and makes the parents' accounts. */
    void seed(ServerAdmin staff, Connection database, int records, int returningPatients, int parentAccounts) throws Exception {
        List<String> rows = new ArrayList<>();
        SyntheticClinic.generate(records, 13).forEach(person -> rows.add(person.csvRow()));
        Random random = new Random(1313);
        for (int i = 0; i < returningPatients; i++) {
            Returning person = new Returning(String.format("R%07d", i),
                    SyntheticClinic.FIRST_NAMES[random.nextInt(SyntheticClinic.FIRST_NAMES.length)],
                    SyntheticClinic.LAST_NAMES[random.nextInt(SyntheticClinic.LAST_NAMES.length)],
                    SyntheticClinic.date(random, 1945, 2007), String.format("returning%07d@patients.load.test", i));
            returning.add(person);
            rows.add(new Person(person.externalId(), person.firstName(), person.lastName(), person.birthDate(), person.email(), null).csvRow());
        }
        for (int from = 0; from < rows.size(); from += IMPORT_CHUNK) {
            String csv = "externalId,firstName,lastName,birthDate,email,phone\n"
                    + String.join("\n", rows.subList(from, Math.min(rows.size(), from + IMPORT_CHUNK))) + "\n";
            JsonNode report = staff.importCsv(REALM, csv);
            if (report.path("failed").asInt() != 0) {
                throw new IllegalStateException("the seed import failed rows: " + report);
            }
        }
        try (PreparedStatement ids = database.prepareStatement("select p.id from pa_patient_record p join realm r on r.id = p.realm_id"
                + " where r.name = ? and p.external_id like 'B%' order by p.external_id")) {
            ids.setString(1, REALM);
            try (ResultSet found = ids.executeQuery()) {
                while (found.next()) {
                    inviteeRecordIds.add(found.getString(1));
                }
            }
        }
        for (int i = 0; i < parentAccounts; i++) {
            String email = String.format("parent%04d@families.load.test", i);
            staff.postJson("/admin/realms/" + REALM + "/users", Map.of("username", email, "email", email, "emailVerified", true,
                    "enabled", true, "firstName", "Parent", "lastName", String.format("Load%04d", i),
                    "attributes", Map.of("birthDate", List.of("1980-01-01")),
                    "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))), 201);
            parents.add(email);
        }
    }
}
