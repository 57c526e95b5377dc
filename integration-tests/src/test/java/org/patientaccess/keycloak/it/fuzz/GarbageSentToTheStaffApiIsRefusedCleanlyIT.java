package org.patientaccess.keycloak.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;
import static org.patientaccess.keycloak.it.support.fuzz.Answers.assertAnsweredCleanly;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.fuzz.Characters;
import org.patientaccess.keycloak.it.support.fuzz.Fuzz;
import org.patientaccess.keycloak.it.support.fuzz.Gen;
import org.patientaccess.keycloak.it.support.fuzz.Junk;
import org.patientaccess.keycloak.it.support.fuzz.Numbers;
import org.patientaccess.keycloak.it.support.fuzz.Strings;
import org.patientaccess.keycloak.it.support.fuzz.Weighted;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;

/**
 * Every JSON body and query parameter of the staff API, fuzzed (see {@link Fuzz}): never a 5xx,
 * every 4xx in Keycloak's error shape naming the field, and a rejected request writes nothing.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class GarbageSentToTheStaffApiIsRefusedCleanlyIT {

    /** Stands in a body for an id that changes between tries (the record merged away by the last success). */
    private static final String MERGED_ID = "@merged";

    /** Keycloak's 400 (its InvalidQueryParameterFilter's) to a query value with a control character. */
    private static final String KEYCLOAKS_CONTROL_CHARACTER_REFUSAL = "Blocking invalid query parameter value";

    @InjectRealm(config = InvitingClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private PatientAccessApi staff;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        staff = reception.at("/admin/realms/" + realm.getName() + "/patient-access");
    }

    @Test
    void aPatientCreatedFromGarbageIsRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Object> valid = patient(uniqueExternalId(), "Fuzz", uniqueSurname("Create"), "1990-04-05", "fuzz.create@family.test", "514 555 0101");

        Fuzz.check("create a patient", Junk.body(valid), body -> {
            long before = everyRecord();
            ApiResponse answer = reception.post("", PatientAccessApi.JSON, body);
            assertAnsweredCleanly(answer, Junk.isJsonObject(body));
            assertThat(everyRecord()).as("records after %s", answer).isEqualTo(before + (answer.status() == 201 ? 1 : 0));
        });
    }

    @Test
    void aPatientEditedWithGarbageIsRefusedNamingTheFieldAndStaysAsItWas() {
        Map<String, Object> valid = patient(uniqueExternalId(), "Fuzz", uniqueSurname("Edit"), "1991-05-06", "fuzz.edit@family.test", "514 555 0102");
        String id = reception.create(valid).path("id").asText();

        Gen<String> body = Junk.body(valid);
        Gen<String> ifMatch = ifMatch();
        Fuzz.check("edit a patient", random -> new Edit(body.draw(random), ifMatch.draw(random)), edit -> {
            JsonNode before = reception.get("/" + id).json();
            ApiResponse answer = edit.ifMatch().isEmpty()
                    ? reception.put("/" + id, edit.body())
                    : reception.put("/" + id, edit.body(), edit.ifMatch());
            assertAnsweredCleanly(answer, Junk.isJsonObject(edit.body()));
            if (answer.status() >= 400) {
                assertThat(reception.get("/" + id).json()).as("the record after %s", answer).isEqualTo(before);
            }
        });
    }

    @Test
    void aMatchAskedWithGarbageIsRefusedNamingTheFieldAndWritesNothing() {
        Map<String, Object> valid = patient(null, "Fuzz", uniqueSurname("Match"), "1992-06-07", "fuzz.match@family.test", "514 555 0103");
        reception.create(valid);

        Fuzz.check("match a person", Junk.body(valid), body -> {
            long before = everyRecord();
            assertAnsweredCleanly(reception.post("/match", PatientAccessApi.JSON, body), Junk.isJsonObject(body));
            assertThat(everyRecord()).isEqualTo(before);
        });
    }

    @Test
    void aMergeAskedWithGarbageIsRefusedNamingTheFieldAndMergesNothing() {
        String surname = uniqueSurname("Merge");
        String survivor = reception.create(patient(null, "Fuzz", surname, "1993-07-08", null, null)).path("id").asText();
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("mergedId", MERGED_ID);
        valid.put("take", List.of("email", "phone"));
        String[] merged = {newRecord(surname)};

        Fuzz.check("merge two records", Junk.body(valid), body -> {
            long mergedBefore = reception.count("?status=MERGED");
            JsonNode survivorBefore = reception.get("/" + survivor).json();
            ApiResponse answer = reception.post("/" + survivor + "/merge", PatientAccessApi.JSON, body.replace(MERGED_ID, merged[0]));
            assertAnsweredCleanly(answer, Junk.isJsonObject(body));
            if (answer.status() >= 400) {
                assertThat(reception.count("?status=MERGED")).as("merged records after %s", answer).isEqualTo(mergedBefore);
                assertThat(reception.get("/" + survivor).json()).as("the survivor after %s", answer).isEqualTo(survivorBefore);
            } else {
                merged[0] = newRecord(surname);
            }
        });
    }

    @Test
    void anAccountGivenAccessWithGarbageIsRefusedNamingTheFieldAndNoGrantIsMade() {
        String patientId = reception.create(patient(null, "Fuzz", uniqueSurname("Grant"), "2012-08-09", null, null)).path("id").asText();
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("email", ClinicRealm.FATHER);
        valid.put("relationship", "PARENT");
        valid.put("permissions", List.of("BOOK", "VIEW"));
        valid.put("validUntil", "2031-01-01");

        Fuzz.check("give an account access", Junk.body(valid), body -> {
            int before = grants(patientId).size();
            ApiResponse answer = reception.post("/" + patientId + "/accounts", PatientAccessApi.JSON, body);
            assertAnsweredCleanly(answer, Junk.isJsonObject(body));
            assertThat(grants(patientId)).as("grants after %s", answer).hasSize(before + (answer.status() == 201 ? 1 : 0));
            if (answer.status() == 201) {
                // Ended again, so that the next valid body can grant anew.
                assertThat(reception.delete("/" + patientId + "/accounts/" + answer.json().path("id").asText()).status()).isEqualTo(204);
            }
        });
    }

    @Test
    void aGrantChangedWithGarbageIsRefusedNamingTheFieldAndStaysAsItWas() {
        String patientId = reception.create(patient(null, "Fuzz", uniqueSurname("Change"), "2013-09-10", null, null)).path("id").asText();
        String grantId = reception.post("/" + patientId + "/accounts",
                Map.of("email", ClinicRealm.GRANDMOTHER, "relationship", "CAREGIVER", "permissions", List.of("BOOK"))).json().path("id").asText();
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("relationship", "GUARDIAN");
        valid.put("permissions", List.of("VIEW", "MANAGE_PROFILE"));
        valid.put("validUntil", "2032-05-06T07:08:09Z");

        Fuzz.check("change a grant", Junk.body(valid), body -> {
            List<JsonNode> before = grants(patientId);
            ApiResponse answer = reception.put("/" + patientId + "/accounts/" + grantId, body);
            assertAnsweredCleanly(answer, Junk.isJsonObject(body));
            if (answer.status() >= 400) {
                assertThat(grants(patientId)).as("grants after %s", answer).isEqualTo(before);
            }
        });
    }

    @Test
    void anInvitationSentWithGarbageIsRefusedNamingTheFieldAndNoneIsMade() {
        String patientId = reception.create(patient(null, "Fuzz", uniqueSurname("Invite"), "2014-10-11", null, null)).path("id").asText();
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("email", "fuzz.invitee@family.test");
        valid.put("relationship", "PARENT");
        valid.put("permissions", List.of("BOOK", "VIEW"));
        valid.put("locale", "fr");

        Fuzz.check("invite someone", Junk.body(valid), body -> {
            int before = reception.get("/" + patientId + "/invitations").json().size();
            ApiResponse answer = reception.post("/" + patientId + "/invitations", PatientAccessApi.JSON, body);
            assertAnsweredCleanly(answer, Junk.isJsonObject(body));
            assertThat(reception.get("/" + patientId + "/invitations").json().size()).as("invitations after %s", answer)
                    .isEqualTo(before + (answer.status() == 201 ? 1 : 0));
        });
    }

    @Test
    void aQueuedRegistrationMergedWithGarbageIsRefusedNamingTheFieldAndStaysInTheQueue() {
        // Every accepted merge queues another dependent of the mother's: more than one account may add by default.
        realm.updateWithCleanup(r -> r.attribute("patientAccess.maxDependentsPerAccount", "1000").attribute("patientAccess.maxDependentsPerDay", "1000"));
        String surname = uniqueSurname("Queue");
        PatientAccessApi mother = PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
        String existing = reception.create(patient(null, "Fuzz", surname, "2015-11-12", null, null)).path("id").asText();
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("into", existing);
        valid.put("take", List.of("email"));
        String[] registration = {queuedDependent(mother, surname)};

        Fuzz.check("merge a queued registration", Junk.body(valid), body -> {
            long mergedBefore = reception.count("?status=MERGED");
            ApiResponse answer = staff.post("/registrations/" + registration[0] + "/merge", PatientAccessApi.JSON, body);
            assertAnsweredCleanly(answer, Junk.isJsonObject(body));
            if (answer.status() >= 400) {
                assertThat(staff.get("/registrations/" + registration[0]).json().path("status").asText())
                        .as("the registration after %s", answer).isEqualTo("PENDING");
                assertThat(reception.count("?status=MERGED")).as("merged records after %s", answer).isEqualTo(mergedBefore);
            } else {
                registration[0] = queuedDependent(mother, surname);
            }
        });
    }

    @Test
    void everyQueryParameterGivenGarbageIsRefusedByName() {
        String patientId = reception.create(patient(null, "Fuzz", uniqueSurname("Query"), "1994-12-13", null, null)).path("id").asText();
        List<String> search = List.of("search", "firstName", "lastName", "birthDate", "email", "phone", "externalId", "status", "sort", "order", "first", "max");
        Map<String, List<String>> parameters = Map.of(
                "/patients", search,
                "/patients/count", search.subList(0, 8),
                "/patients/" + patientId + "/history", List.of("first", "max"),
                "/patients/" + patientId + "/accounts", List.of("includeEnded"),
                "/merges", List.of("first", "max"),
                "/registrations", List.of("status", "first", "max"),
                "/registrations/count", List.of("status"),
                "/duplicates", List.of("grade", "first", "max"));
        Gen<String> value = Weighted.of(1, Junk.text())
                .or(1, Numbers.ints().map(String::valueOf))
                .or(1, Gen.of("0", "1", "100", "101", "-1", "2147483648", "1e3", " 5 ", "0x10"));
        Gen<String> path = Gen.of(parameters.keySet().stream().sorted().toList());
        Gen<String> request = random -> {
            String endpoint = path.draw(random);
            List<String> names = Gen.distinct(parameters.get(endpoint), 4).draw(random);
            return endpoint + "?" + names.stream()
                    .map(name -> name + "=" + PatientAccessApi.encode(value.draw(random)))
                    .collect(Collectors.joining("&"));
        };

        Fuzz.check("query the staff API", request.filter(url -> url.length() < 2_000), pathAndQuery -> {
            long before = everyRecord();
            ApiResponse answer = staff.get(pathAndQuery);
            if (answer.status() == 400 && answer.json().path("error").asText().equals(KEYCLOAKS_CONTROL_CHARACTER_REFUSAL)) {
                // Keycloak's own filter, before our resource: see InputsTheFuzzingFoundAreRefusedCleanlyIT.
                assertThat(hasControlCharacterKeycloakRefuses(pathAndQuery)).as("a control character in %s", pathAndQuery).isTrue();
            } else {
                assertAnsweredCleanly(answer, true);
                if (answer.status() == 400) {
                    assertThat(pathAndQuery).as("the parameter named by %s", answer).contains(answer.json().path("field").asText() + "=");
                }
            }
            assertThat(everyRecord()).isEqualTo(before);
        });
    }

    /** Whether a query value holds what Keycloak's filter refuses: a character below U+0020 but tab, LF and CR. */
    private static boolean hasControlCharacterKeycloakRefuses(String pathAndQuery) {
        String query = URLDecoder.decode(pathAndQuery.substring(pathAndQuery.indexOf('?') + 1), StandardCharsets.UTF_8);
        return query.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }

    /** A body for the edit and its If-Match header (empty: none sent). */
    private record Edit(String body, String ifMatch) {
    }

    /** If-Match values: absent (empty), tags as issued, and headers no server sent. */
    private static Gen<String> ifMatch() {
        return Weighted.of(1, Gen.just(""))
                .or(1, Gen.of("*", "\"1\"", "\"2\"", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "\"1\", \"2\"", "\"\"", "\"", ",", "1"))
                .or(1, Strings.of(Characters.between('!', '~'), 1, 30));
    }

    private long everyRecord() {
        return reception.count("?status=any");
    }

    private List<JsonNode> grants(String patientId) {
        JsonNode list = reception.get("/" + patientId + "/accounts?includeEnded=true").json();
        return StreamSupport.stream(list.spliterator(), false).toList();
    }

    private String newRecord(String surname) {
        return reception.create(patient(null, "Fuzzy", surname, "1993-07-08", null, null)).path("id").asText();
    }

    /** A dependent the mother adds: its entry in the queue. */
    private String queuedDependent(PatientAccessApi mother, String surname) {
        String patientId = mother.post("/dependents", patient(null, "Fuzzy", surname, "2015-11-12", null, null)).json().path("patientId").asText();
        for (JsonNode entry : staff.get("/registrations?status=PENDING&max=100").json()) {
            if (entry.path("patient").path("id").asText().equals(patientId)) {
                return entry.path("id").asText();
            }
        }
        throw new AssertionError("no queue entry for patient " + patientId);
    }
}
