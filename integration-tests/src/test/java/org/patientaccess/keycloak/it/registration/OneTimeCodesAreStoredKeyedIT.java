package org.patientaccess.keycloak.it.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.database.ServerDatabase;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * The attack: someone who can read the database (a backup, a read replica, a leaked dump) reads a
 * pending one-time code's row. Six digits are a million possibilities, so a plain SHA-256 of the code
 * gives it away in a second; the row must hold the code only keyed with a secret the database does
 * not hold. Runs on PostgreSQL only (the test reads the server's database), skipped on H2.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class OneTimeCodesAreStoredKeyedIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi staff;
    private Inbox inbox;
    private RegisteringPeople people;

    @BeforeEach
    void signIn() {
        staff = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), OneTimeCodesProveARecordIT.STAFF, "staff");
        inbox = new Inbox(mail);
        people = new RegisteringPeople(urls.getBase(), realm, inbox, staff);
    }

    @Test
    void aPendingCodeIsStoredNeitherAsItselfNorAsThePlainSha256OfAnySixDigits() throws Exception {
        ServerDatabase database = ServerDatabase.readable().orElse(null);
        assumeTrue(database != null, ServerDatabase.NOT_READABLE);
        String surname = uniqueSurname("Gagnon");
        String onFile = surname.toLowerCase() + ".old@family.test";
        String email = surname.toLowerCase() + ".new@family.test";
        String record = staff.create(patient(null, "Julie", surname, "1975-04-03", onFile, "514 555 0188")).path("id").asText();

        try (Browser browser = people.registering(email, "Julie", surname, "1975-04-03", "514-555-0188")) {
            assertThat(browser.has("registration-code-form")).as(browser.text()).isTrue();
            String code = inbox.awaitCode(onFile, 0);

            List<Map<String, Object>> rows = database.rows("select * from PA_PROOF_CODE where PATIENT_ID = ?", record);

            assertThat(rows).as("the record's code row").hasSize(1);
            Map<String, Object> row = rows.get(0);
            row.forEach((column, value) -> {
                if (value instanceof String text) {
                    assertThat(text).as("column %s holds the code itself", column).doesNotContain(code);
                } else if (value instanceof Number number) {
                    assertThat(number.longValue()).as("column %s holds the code itself", column).isNotEqualTo(Long.parseLong(code));
                }
            });
            assertThat(sixDigitsWhosePlainSha256IsIn(row)).as("a stored column is the plain SHA-256 of a six-digit code: " + row)
                    .isNull();

            // The stored form still proves the code the person was sent.
            browser.submit("registration-code-form", Map.of("code", code));
            assertThat(browser.url()).as(browser.text()).contains("/account");
        }
        assertThat(people.patientsOf(email)).singleElement()
                .satisfies(mine -> assertThat(mine.path("patientId").asText()).isEqualTo(record));
    }

    /**
     * Tries every code from 000000 to 999999: the one whose SHA-256 (as bytes, hex or Base64) is a
     * value of the row, or null when none is.
     */
    private static String sixDigitsWhosePlainSha256IsIn(Map<String, Object> row) throws Exception {
        Set<ByteBuffer> digests = new HashSet<>();
        row.values().forEach(value -> digestIn(value).ifPresent(digests::add));
        if (digests.isEmpty()) {
            return null;
        }
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] code = new byte[6];
        for (int candidate = 0; candidate < 1_000_000; candidate++) {
            for (int digit = 5, rest = candidate; digit >= 0; digit--, rest /= 10) {
                code[digit] = (byte) ('0' + rest % 10);
            }
            if (digests.contains(ByteBuffer.wrap(sha256.digest(code)))) {
                return new String(code, StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    /** A value that could be a SHA-256 digest: 32 bytes, 64 hex digits or 32 bytes in Base64. */
    private static Optional<ByteBuffer> digestIn(Object value) {
        if (value instanceof byte[] bytes && bytes.length == 32) {
            return Optional.of(ByteBuffer.wrap(bytes));
        }
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.matches("[0-9a-fA-F]{64}")) {
            return Optional.of(ByteBuffer.wrap(HexFormat.of().parseHex(trimmed.toLowerCase())));
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(trimmed);
            return decoded.length == 32 ? Optional.of(ByteBuffer.wrap(decoded)) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
