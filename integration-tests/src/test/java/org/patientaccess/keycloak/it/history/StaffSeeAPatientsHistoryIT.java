package org.patientaccess.keycloak.it.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;
import org.patientaccess.keycloak.it.support.realm.OtherClinicRealm;

/**
 * A patient's history as staff read it (the console's History tab): what happened to the record and
 * who did it, staff and family alike, from the events Keycloak stored.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffSeeAPatientsHistoryIT {

    @InjectRealm(config = InvitingClinicRealm.class)
    ManagedRealm realm;

    @InjectRealm(ref = "other", config = OtherClinicRealm.class)
    ManagedRealm otherClinic;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private Inbox inbox;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        inbox = new Inbox(mail);
    }

    @Test
    void theHistoryTellsWhatStaffAndTheFamilyDidToTheRecordNewestFirstAndWhoDidIt() throws Exception {
        String surname = uniqueSurname("Historia");
        String sofia = reception.create(patient(null, "Sofia", surname, "2018-03-14", null, null)).path("id").asText();
        String fathersGrant = reception.post("/" + sofia + "/accounts", Map.of("email", ClinicRealm.FATHER, "relationship", "PARENT"))
                .json().path("id").asText();
        int mark = inbox.mark();
        String mothersInvitation = reception.post("/" + sofia + "/invitations",
                Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT")).json().path("id").asText();
        inbox.awaitTo(ClinicRealm.MOTHER, mark);
        Thread.sleep(InvitingClinicRealm.RESEND_INTERVAL_SECONDS * 1000L + 200);
        mark = inbox.mark();
        assertThat(reception.post("/" + sofia + "/invitations/" + mothersInvitation + "/resend", Map.of()).status()).isEqualTo(200);
        inbox.awaitTo(ClinicRealm.MOTHER, mark);
        try (Browser browser = new Browser()) {
            browser.open(Mails.link(inbox.lastTo(ClinicRealm.MOTHER), "/patient-access/invitation?token=").replace("&amp;", "&"))
                    .click("invitation-login").logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD).click("invitation-accept");
        }
        String grandmothersInvitation = reception.post("/" + sofia + "/invitations",
                Map.of("email", ClinicRealm.GRANDMOTHER, "relationship", "CAREGIVER")).json().path("id").asText();
        assertThat(reception.delete("/" + sofia + "/invitations/" + grandmothersInvitation).status()).isEqualTo(204);
        assertThat(person(ClinicRealm.FATHER).delete("/patients/" + fathersGrant).status()).isEqualTo(204);
        // The grandmother adds Sofia again as her dependent: a provisional record that staff merge into Sofia's, then undo.
        String provisional = person(ClinicRealm.GRANDMOTHER).post("/dependents", patient(null, "Sofia", surname, "2018-03-14", null, null))
                .json().path("patientId").asText();
        String registration = registrationOf(provisional);
        String mergeId = reception.at("/admin/realms/" + realm.getName() + "/patient-access/registrations/" + registration + "/merge")
                .post("", Map.of("into", sofia)).json().path("mergeId").asText();
        assertThat(reception.at("/admin/realms/" + realm.getName() + "/patient-access/merges/" + mergeId + "/undo")
                .post("", Map.of()).status()).isEqualTo(204);

        JsonNode history = reception.get("/" + sofia + "/history?max=100").json();

        assertThat(actions(history)).containsExactly("MERGE_UNDONE", "MERGED", "GRANT_ENDED", "INVITATION_WITHDRAWN",
                "INVITATION_SENT", "INVITATION_ACCEPTED", "INVITATION_RESENT", "INVITATION_SENT", "GRANT_GIVEN", "RECORD_CREATED");
        assertThat(history.path("hasMore").asBoolean()).isFalse();
        JsonNode entries = history.path("entries");
        assertThat(entries.get(0).path("details").path("mergeId").asText()).isEqualTo(mergeId);
        assertThat(entries.get(1).path("details").path("otherPatientId").asText()).isEqualTo(provisional);
        assertThat(entries.get(1).path("details").path("role").asText()).isEqualTo("SURVIVOR");
        assertThat(entries.get(1).path("actor").path("username").asText()).isEqualTo(ClinicRealm.RECEPTIONIST);
        assertThat(entries.get(2).path("details").path("grantId").asText()).isEqualTo(fathersGrant);
        assertThat(entries.get(2).path("details").path("reason").asText()).isEqualTo("LEFT");
        assertThat(entries.get(2).path("actor").path("username").asText()).isEqualTo(ClinicRealm.FATHER);
        assertThat(entries.get(3).path("details").path("invitationId").asText()).isEqualTo(grandmothersInvitation);
        assertThat(entries.get(5).path("details").path("invitationId").asText()).isEqualTo(mothersInvitation);
        assertThat(entries.get(5).path("actor").path("username").asText()).isEqualTo(ClinicRealm.MOTHER);
        assertThat(entries.get(5).path("details").path("grantId").asText()).isNotEmpty();
        assertThat(entries.get(8).path("details").path("accountId").asText()).isEqualTo(userId(ClinicRealm.FATHER));
        assertThat(entries.get(8).path("details").path("relationship").asText()).isEqualTo("PARENT");
        assertThat(entries.get(9).path("actor").path("userId").asText()).isEqualTo(userId(ClinicRealm.RECEPTIONIST));
        assertThat(entries.get(9).path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        // Ids and facts only: no name, birth date or email of the patient in the history.
        assertThat(history.toString()).doesNotContain(surname).doesNotContain("2018-03-14");

        JsonNode mergedAway = reception.get("/" + provisional + "/history").json();
        List<String> mergedAwayActions = actions(mergedAway);
        assertThat(mergedAwayActions).first().isEqualTo("MERGE_UNDONE");
        assertThat(mergedAwayActions).last().isEqualTo("DEPENDENT_ADDED");
        // The merge and the registration's decision were one request: they may share a millisecond.
        assertThat(mergedAwayActions.subList(1, 3)).containsExactlyInAnyOrder("MERGED", "REGISTRATION_DECIDED");
        assertThat(mergedAway.path("entries")).anySatisfy(entry -> {
            assertThat(entry.path("action").asText()).isEqualTo("REGISTRATION_DECIDED");
            assertThat(entry.path("details").path("registrationId").asText()).isEqualTo(registration);
            assertThat(entry.path("details").path("decision").asText()).isEqualTo("MERGED");
            assertThat(entry.path("details").path("mergeId").asText()).isEqualTo(mergeId);
        });
        assertThat(mergedAway.path("entries")).anySatisfy(entry -> {
            assertThat(entry.path("action").asText()).isEqualTo("MERGED");
            assertThat(entry.path("details").path("otherPatientId").asText()).isEqualTo(sofia);
            assertThat(entry.path("details").path("role").asText()).isEqualTo("MERGED");
        });
        assertThat(mergedAway.path("entries").get(3).path("actor").path("username").asText()).isEqualTo(ClinicRealm.GRANDMOTHER);
    }

    @Test
    void anImportThatChangesARecordOnFileIsInItsHistoryWithWhoImportedAndWhichFields() {
        String surname = uniqueSurname("Importa");
        String externalId = uniqueExternalId();
        String csv = "externalId,firstName,lastName,birthDate,email,phone\n"
                + externalId + ",Nina," + surname + ",2011-05-06,,(416) 555-0177\n";
        JsonNode created = reception.post("/import", PatientAccessApi.CSV, csv).json();
        assertThat(created.path("created").asInt()).isEqualTo(1);
        String id = reception.get("?externalId=" + externalId).json().get(0).path("id").asText();
        // Staff correct the birth date; the clinic's system still has the old one and a new phone.
        assertThat(reception.put("/" + id, patient(externalId, "Nina", surname, "2011-05-07", null, "(416) 555-0177")).status())
                .isEqualTo(200);

        String again = csv.replace("(416) 555-0177", "(416) 555-0178");
        assertThat(reception.post("/import", PatientAccessApi.CSV, again).json().path("updated").asInt()).isEqualTo(1);
        assertThat(reception.post("/import", PatientAccessApi.CSV, again).json().path("unchanged").asInt()).isEqualTo(1);

        JsonNode history = reception.get("/" + id + "/history").json();
        // A record an import creates has no entry of its own (the import's event counts it); the
        // import that changed it has one, and the one that changed nothing none.
        assertThat(actions(history)).containsExactly("RECORD_IMPORTED", "RECORD_UPDATED");
        JsonNode imported = history.path("entries").get(0);
        assertThat(imported.path("actor").path("username").asText()).isEqualTo(ClinicRealm.RECEPTIONIST);
        assertThat(imported.path("details").path("fields").asText()).isEqualTo("birthDate,phone");
        assertThat(history.toString()).doesNotContain(surname).doesNotContain("2011-05-06");
    }

    @Test
    void theHistoryIsReadInPagesThatFollowOneAnother() {
        String id = recordWithFiveChanges();

        JsonNode all = reception.get("/" + id + "/history").json();
        JsonNode first = reception.get("/" + id + "/history?first=0&max=2").json();
        JsonNode second = reception.get("/" + id + "/history?first=2&max=2").json();
        JsonNode last = reception.get("/" + id + "/history?first=4&max=2").json();

        assertThat(actions(all)).containsExactly("RECORD_RESTORED", "RECORD_ARCHIVED", "RECORD_UPDATED", "RECORD_UPDATED", "RECORD_CREATED");
        assertThat(all.path("first").asInt()).isZero();
        assertThat(all.path("max").asInt()).isEqualTo(20);
        List<JsonNode> paged = new ArrayList<>();
        first.path("entries").forEach(paged::add);
        second.path("entries").forEach(paged::add);
        last.path("entries").forEach(paged::add);
        assertThat(paged).containsExactlyElementsOf(all.path("entries"));
        assertThat(first.path("hasMore").asBoolean()).isTrue();
        assertThat(second.path("hasMore").asBoolean()).isTrue();
        assertThat(last.path("hasMore").asBoolean()).isFalse();
        assertThat(reception.get("/" + id + "/history?first=10").json().path("entries")).isEmpty();
    }

    @Test
    void badPagingIsRefusedNamingTheField() {
        String id = reception.create(patient(null, "Pia", uniqueSurname("Paging"), null, null, null)).path("id").asText();

        assertThat(reception.get("/" + id + "/history?max=101").errorFields()).containsExactly("max");
        assertThat(reception.get("/" + id + "/history?max=0").errorFields()).containsExactly("max");
        assertThat(reception.get("/" + id + "/history?max=ten").errorFields()).containsExactly("max");
        assertThat(reception.get("/" + id + "/history?first=-1").errorFields()).containsExactly("first");
        assertThat(reception.get("/" + id + "/history?first=10001").errorFields()).containsExactly("first");
        assertThat(reception.get("/" + id + "/history?max=101").status()).isEqualTo(400);
    }

    @Test
    void theHistoryIsExportedAsCsvWithTheSameEntries() {
        String id = recordWithFiveChanges();

        ApiResponse csv = reception.get("/" + id + "/history", PatientAccessApi.CSV);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"patient-" + id + "-history.csv\"");
        assertThat(csv.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("time,action,actorUserId,actorUsername,grantId,");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(",")[1])
                .containsExactly("RECORD_RESTORED", "RECORD_ARCHIVED", "RECORD_UPDATED", "RECORD_UPDATED", "RECORD_CREATED");
        assertThat(lines.get(1).split(",")[3]).isEqualTo(ClinicRealm.RECEPTIONIST);
        JsonNode json = reception.get("/" + id + "/history").json();
        assertThat(lines.get(1).split(",")[0]).isEqualTo(json.path("entries").get(0).path("time").asText());
        assertThat(reception.get("/" + id + "/history?max=2", PatientAccessApi.CSV).body().lines()).hasSize(3);
    }

    @Test
    void staffWhoMayViewUsersReadTheHistoryAndOthersAreRefused() {
        String id = recordWithFiveChanges();

        assertThat(as(ClinicRealm.AUDITOR).get("/" + id + "/history").status()).isEqualTo(200);
        assertThat(as(ClinicRealm.CLINICIAN).get("/" + id + "/history").status()).isEqualTo(403);
        assertThat(as(ClinicRealm.CLINICIAN).get("/" + id + "/history", PatientAccessApi.CSV).status()).isEqualTo(403);
    }

    @Test
    void aPatientOfAnotherClinicOrNoPatientAtAllIsNotFound() {
        String elsewhere = PatientAccessApi.signedInAs(urls.getBase(), otherClinic.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD)
                .create(patient(null, "Olga", uniqueSurname("Elsewhere"), null, null, null)).path("id").asText();

        assertThat(reception.get("/" + elsewhere + "/history").status()).isEqualTo(404);
        assertThat(reception.get("/" + elsewhere + "/history", PatientAccessApi.CSV).status()).isEqualTo(404);
        assertThat(reception.get("/00000000-0000-0000-0000-000000000000/history").status()).isEqualTo(404);
        // A path that would widen the events' path search finds no record either.
        assertThat(reception.get("/%25/history").status()).isEqualTo(404);
    }

    /** A record created, edited twice, archived and restored by the receptionist: five entries. */
    private String recordWithFiveChanges() {
        String surname = uniqueSurname("Paging");
        String id = reception.create(patient(null, "Pia", surname, null, null, null)).path("id").asText();
        reception.put("/" + id, patient(null, "Pia", surname, "2001-01-01", null, null));
        reception.put("/" + id, patient(null, "Pia", surname, "2001-01-02", null, null));
        reception.delete("/" + id);
        Map<String, Object> restored = new java.util.LinkedHashMap<>(patient(null, "Pia", surname, "2001-01-02", null, null));
        restored.put("status", "ACTIVE");
        assertThat(reception.put("/" + id, restored).status()).isEqualTo(200);
        return id;
    }

    private String registrationOf(String patientId) {
        JsonNode queue = reception.at("/admin/realms/" + realm.getName() + "/patient-access/registrations?max=100").get("").json();
        for (JsonNode entry : queue) {
            if (entry.path("patient").path("id").asText().equals(patientId)) {
                return entry.path("id").asText();
            }
        }
        throw new AssertionError("no registration for " + patientId);
    }

    private PatientAccessApi person(String username) {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, username, ClinicRealm.PASSWORD);
    }

    private PatientAccessApi as(String username) {
        return PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), username, ClinicRealm.PASSWORD);
    }

    private String userId(String username) {
        return realm.admin().users().search(username, true).get(0).getId();
    }

    private static List<String> actions(JsonNode history) {
        List<String> actions = new ArrayList<>();
        history.path("entries").forEach(entry -> actions.add(entry.path("action").asText()));
        return actions;
    }
}
