package org.patientaccess.keycloak.it.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.oidc.BookingApp;
import org.patientaccess.keycloak.it.support.realm.BookingClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * "What was done in my name" through the person's API: the History of my own record and of a child
 * I act for with VIEW, said for a family (the clinic never named, other accounts by name, no ids or
 * emails), newest first, paged, and as a CSV download; any other record is unknown.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class FamiliesReadWhatWasDoneInTheirNameIT {

    private static final String PATIENT_CONTEXT = "openid patient-context";

    /** A realm per test: each test builds its own family from nothing. */
    @InjectRealm(config = BookingClinicRealm.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    /** Where the daily run's notices go. */
    @InjectMailServer
    MailServer mail;

    private PatientAccessApi reception;
    private final Browser browser = new Browser();

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aPatientReadsWhatWasDoneOnTheirOwnRecordWithTheClinicNeverNamed() {
        String maria = newPatient("Maria", "1984-06-02");
        String own = grant(maria, ClinicRealm.MOTHER, "SELF", List.of("BOOK", "VIEW", "MANAGE_PROFILE"));
        grant(maria, ClinicRealm.FATHER, "CAREGIVER", List.of("BOOK"));
        PatientAccessApi mother = as(ClinicRealm.MOTHER);
        assertThat(mother.put("/patients/" + own + "/contact", Map.of("email", "maria.new@family.test", "phone", "")).status()).isEqualTo(200);
        // Her only patient: the booking app's sign-in takes it without asking, and says so.
        new BookingApp(urls.getBase(), realm.getName()).logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, PATIENT_CONTEXT);

        assertThat(mother.get("/activity").json()).singleElement().satisfies(person -> {
            assertThat(person.path("grantId").asText()).isEqualTo(own);
            assertThat(person.path("firstName").asText()).isEqualTo("Maria");
            assertThat(person.path("relationship").asText()).isEqualTo("SELF");
        });
        ApiResponse answer = mother.get("/patients/" + own + "/activity");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode entries = answer.json().path("entries");
        assertThat(actions(entries)).containsExactly("PATIENT_CHOSEN", "RECORD_UPDATED", "GRANT_GIVEN", "GRANT_GIVEN", "RECORD_CREATED");
        assertThat(entries.get(0).path("actor").path("kind").asText()).isEqualTo("YOU");
        assertThat(entries.get(0).path("details").path("outcome").asText()).isEqualTo("ONLY_PATIENT");
        assertThat(entries.get(1).path("details").path("fields").asText()).isEqualTo("email");
        assertThat(entries.get(2).path("actor").path("kind").asText()).isEqualTo("CLINIC");
        assertThat(entries.get(2).path("actor").has("name")).as("a staff member is never named").isFalse();
        assertThat(entries.get(2).path("subject").path("kind").asText()).isEqualTo("ACCOUNT");
        assertThat(entries.get(2).path("subject").path("name").asText()).isEqualTo("Luis Garcia");
        assertThat(entries.get(2).path("details").path("relationship").asText()).isEqualTo("CAREGIVER");
        assertThat(entries.get(3).path("subject").path("kind").asText()).isEqualTo("YOU");
        assertThat(entries.get(4).path("actor").path("kind").asText()).isEqualTo("CLINIC");
        assertNewestFirst(entries);
        assertThat(answer.body()).as("no staff name, no email, no id of a record, a grant or an account")
                .doesNotContain("Rita", "Reception", ClinicRealm.RECEPTIONIST, ClinicRealm.FATHER, "maria.new", maria, own, userId(ClinicRealm.FATHER),
                        userId(ClinicRealm.RECEPTIONIST));
        JsonNode staffRead = reception.get("/" + maria + "/history").json().path("entries").get(0);
        assertThat(staffRead.path("action").asText()).as("staff read the same choice in the record's History").isEqualTo("PATIENT_CHOSEN");
        assertThat(staffRead.path("actor").path("username").asText()).isEqualTo(ClinicRealm.MOTHER);
        assertThat(staffRead.path("details").path("grantId").asText()).isEqualTo(own);
    }

    @Test
    void aParentWithViewReadsTheirChildsActivityAndAParentWithoutViewDoesNot() {
        String maria = newPatient("Maria", "1984-06-02");
        String sofia = newPatient("Sofia", "2014-03-09");
        grant(maria, ClinicRealm.MOTHER, "SELF", null);
        String mothers = grant(sofia, ClinicRealm.MOTHER, "PARENT", List.of("BOOK", "VIEW"));
        String fathers = grant(sofia, ClinicRealm.FATHER, "PARENT", List.of("BOOK"));
        String caregivers = grant(sofia, ClinicRealm.GRANDMOTHER, "CAREGIVER", List.of("BOOK", "VIEW"));
        BookingApp app = new BookingApp(urls.getBase(), realm.getName());
        String verifier = app.startLogin(browser, PATIENT_CONTEXT);
        browser.logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD).click("patient-" + sofia);
        app.finishLogin(browser, verifier);
        PatientAccessApi mother = as(ClinicRealm.MOTHER);
        PatientAccessApi father = as(ClinicRealm.FATHER);

        assertThat(mother.get("/activity").json()).extracting(person -> person.path("firstName").asText()).containsExactly("Maria", "Sofia");
        JsonNode entries = mother.get("/patients/" + mothers + "/activity").json().path("entries");
        assertThat(entries.get(0).path("action").asText()).isEqualTo("PATIENT_CHOSEN");
        assertThat(entries.get(0).path("actor").path("kind").asText()).isEqualTo("YOU");
        assertThat(entries.get(0).path("details").path("outcome").asText()).isEqualTo("CHOSEN");
        assertThat(entries).filteredOn(entry -> entry.path("action").asText().equals("GRANT_GIVEN"))
                .extracting(entry -> entry.path("subject").path("name").asText(""))
                .containsExactly("Rosa Hernandez", "Luis Garcia", "");
        assertThat(father.get("/activity").json()).as("BOOK only: no activity").isEmpty();
        assertThat(father.get("/patients/" + fathers + "/activity").status()).isEqualTo(404);
        assertThat(as(ClinicRealm.GRANDMOTHER).get("/patients/" + caregivers + "/activity").status()).as("a caregiver reads none").isEqualTo(404);
        assertThat(father.get("/patients/" + mothers + "/activity").status()).as("another account's grant").isEqualTo(404);
        assertThat(father.get("/patients/no-such-grant/activity").status()).isEqualTo(404);

        assertThat(reception.put("/" + sofia + "/accounts/" + mothers, Map.of("relationship", "PARENT", "permissions", List.of("BOOK"))).status())
                .isEqualTo(200);
        assertThat(mother.get("/patients/" + mothers + "/activity").status()).as("VIEW taken away: read no more").isEqualTo(404);
    }

    @Test
    void aYoungPersonReadsThatAnAgeBandNarrowedTheirParentsAccessAndTheParentReadsNoMore() {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.ownAccountAge", "12").attribute("patientAccess.ageBands", "adolescent-confidentiality"));
        String lucia = newPatient("Lucia", LocalDate.now(ZoneOffset.UTC).minusYears(12).toString());
        String own = grant(lucia, ClinicRealm.GRANDMOTHER, "SELF", null);
        String mothers = grant(lucia, ClinicRealm.MOTHER, "PARENT", List.of("BOOK", "VIEW"));
        PatientAccessApi mother = as(ClinicRealm.MOTHER);
        assertThat(mother.get("/patients/" + mothers + "/activity").status()).isEqualTo(200);

        // Her twelfth birthday is today: the daily run, run now by an operator, narrows her mother's access to booking.
        String operator = PatientAccessApi.signedInAs(urls.getBase(), "master", "admin", "admin").token();
        ApiResponse run = PatientAccessApi.withToken(urls.getBase(), realm.getName(), operator)
                .at("/admin/realms/" + realm.getName() + "/patient-access/coming-of-age").post("/run", PatientAccessApi.JSON, "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);

        assertThat(mother.get("/patients/" + mothers + "/activity").status()).as("BOOK only: no activity").isEqualTo(404);
        JsonNode narrowed = as(ClinicRealm.GRANDMOTHER).get("/patients/" + own + "/activity").json().path("entries").get(0);
        assertThat(narrowed.path("action").asText()).isEqualTo("GRANT_NARROWED");
        assertThat(narrowed.path("actor").path("kind").asText()).as("the clinic's rule").isEqualTo("CLINIC");
        assertThat(narrowed.path("subject").path("name").asText()).isEqualTo("Maria Garcia");
        assertThat(narrowed.path("details").path("reason").asText()).isEqualTo("AGE_BAND");
        assertThat(narrowed.path("details").path("permissionsBefore").asText()).isEqualTo("BOOK,VIEW");
        assertThat(narrowed.path("details").path("permissionsAfter").asText()).isEqualTo("BOOK");
    }

    @Test
    void anotherFamilysGrantIsUnknownLikeAnIdThatDoesNotExist() {
        String sofia = newPatient("Sofia", "2014-03-09");
        String mothers = grant(sofia, ClinicRealm.MOTHER, "PARENT", null);
        String rosa = newPatient("Rosa", "1951-01-30");
        grant(rosa, ClinicRealm.GRANDMOTHER, "SELF", null);
        PatientAccessApi grandmother = as(ClinicRealm.GRANDMOTHER);

        ApiResponse othersGrant = grandmother.get("/patients/" + mothers + "/activity");
        ApiResponse unknown = grandmother.get("/patients/00000000-0000-0000-0000-000000000000/activity");

        assertThat(othersGrant.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(othersGrant.body()).isEqualTo(unknown.body()).doesNotContain("Sofia");
        assertThat(PatientAccessApi.withToken(urls.getBase(), realm.getName(), null).me().get("/patients/" + mothers + "/activity").status())
                .isEqualTo(401);
    }

    @Test
    void theActivityPagesNewestFirst() {
        String rosa = newPatient("Rosa", "1951-01-30");
        String own = grant(rosa, ClinicRealm.GRANDMOTHER, "SELF", null);
        grant(rosa, ClinicRealm.MOTHER, "CAREGIVER", null);
        grant(rosa, ClinicRealm.FATHER, "CAREGIVER", null);
        PatientAccessApi grandmother = as(ClinicRealm.GRANDMOTHER);

        JsonNode first = grandmother.get("/patients/" + own + "/activity?max=2").json();
        JsonNode second = grandmother.get("/patients/" + own + "/activity?first=2&max=2").json();

        assertThat(first.path("entries")).hasSize(2);
        assertThat(first.path("hasMore").asBoolean()).isTrue();
        assertThat(second.path("entries")).hasSize(2);
        assertThat(second.path("hasMore").asBoolean()).isFalse();
        List<JsonNode> all = new ArrayList<>();
        first.path("entries").forEach(all::add);
        second.path("entries").forEach(all::add);
        assertThat(all).extracting(entry -> entry.path("action").asText()).containsExactly("GRANT_GIVEN", "GRANT_GIVEN", "GRANT_GIVEN", "RECORD_CREATED");
        assertThat(grandmother.get("/patients/" + own + "/activity?max=0").status()).isEqualTo(400);
        assertThat(grandmother.get("/patients/" + own + "/activity?max=101").json().path("field").asText()).isEqualTo("max");
    }

    @Test
    void theActivityDownloadsAsCsvWithTheFamilysColumnsOnly() {
        String rosa = newPatient("Rosa", "1951-01-30");
        String own = grant(rosa, ClinicRealm.GRANDMOTHER, "SELF", null);
        grant(rosa, ClinicRealm.MOTHER, "CAREGIVER", null);
        PatientAccessApi grandmother = as(ClinicRealm.GRANDMOTHER);

        ApiResponse byQuery = grandmother.get("/patients/" + own + "/activity?format=csv");
        ApiResponse byAccept = grandmother.get("/patients/" + own + "/activity", PatientAccessApi.CSV);

        assertThat(byQuery.status()).as(byQuery.toString()).isEqualTo(200);
        assertThat(byQuery.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(byQuery.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"activity.csv\"");
        assertThat(byAccept.body()).isEqualTo(byQuery.body());
        List<String> lines = byQuery.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("time,action,actor,actorName,subject,subjectName,relationship,reason,fields,outcome,decision,role,permissionsBefore,permissionsAfter");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains(",GRANT_GIVEN,CLINIC,,ACCOUNT,Maria Garcia,CAREGIVER,");
        assertThat(lines.get(2)).contains(",GRANT_GIVEN,CLINIC,,YOU,,SELF,");
        assertThat(lines.get(3)).contains(",RECORD_CREATED,CLINIC,");
        assertThat(byQuery.body()).doesNotContain(ClinicRealm.RECEPTIONIST, ClinicRealm.MOTHER, rosa, own);
        assertThat(grandmother.get("/patients/" + own + "/activity").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    private static List<String> actions(JsonNode entries) {
        List<String> actions = new ArrayList<>();
        entries.forEach(entry -> actions.add(entry.path("action").asText()));
        return actions;
    }

    private static void assertNewestFirst(JsonNode entries) {
        List<Instant> times = new ArrayList<>();
        entries.forEach(entry -> times.add(Instant.parse(entry.path("time").asText())));
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).isBeforeOrEqualTo(times.get(i - 1));
        }
    }

    private String userId(String username) {
        return realm.admin().users().search(username, true).get(0).getId();
    }

    private PatientAccessApi as(String username) {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, username, ClinicRealm.PASSWORD);
    }

    private String newPatient(String firstName, String birthDate) {
        return reception.create(patient(null, firstName, uniqueSurname("Garcia"), birthDate, null, null)).path("id").asText();
    }

    private String grant(String patientId, String email, String relationship, List<String> permissions) {
        Map<String, Object> terms = new HashMap<>(Map.of("email", email, "relationship", relationship));
        if (permissions != null) {
            terms.put("permissions", permissions);
        }
        ApiResponse response = reception.post("/" + patientId + "/accounts", terms);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }
}
