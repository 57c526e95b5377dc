package org.patientaccess.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.FineGrainedClinicRealm;
import org.patientaccess.keycloak.it.support.realm.FineGrainedPermissions;

/**
 * The attacks: a staff member whom the realm's fine-grained permissions let manage every account but
 * the father's cannot give or end his grants directly, so they try the routes that change his access
 * through his records instead: a merge that moves his grant, the undo of one, the merge of his queued
 * registration, an archive or a restore of a record he acts for, and the continued-guardianship mark
 * that keeps (or, cleared, ends) his grant on a child, and the review of his grant at 13 (keep or end). Each is refused (403) and changes nothing; the
 * receptionist, who may manage every account, does each of them.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffCannotGoAroundAnAccountTheyMayNotManageIT {

    private static final String REASON = "Needs a guardian as an adult";

    @InjectRealm(config = FineGrainedClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    private PatientAccessApi limited;
    private PatientAccessApi reception;

    @BeforeEach
    void permitEveryAccountButTheFathers() {
        PersonalData.used(REASON);
        FineGrainedPermissions.of(realm)
                .limitedStaffMayViewAndManageEveryAccount()
                .butMayNot(FineGrainedPermissions.MANAGE, ClinicRealm.FATHER);
        limited = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), FineGrainedClinicRealm.LIMITED_STAFF, ClinicRealm.PASSWORD);
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void mergingARecordTheFatherActsForIntoAnotherIsRefusedAndChangesNothing() {
        String surname = uniqueSurname("Garcia");
        String survivor = newPatient("Sofia", surname, "2016-03-09");
        String fathers = newPatient("Sophie", surname, "2016-03-09");
        String fathersGrant = grant(fathers, ClinicRealm.FATHER, "PARENT");
        JsonNode survivorBefore = reception.get("/" + survivor).json();
        JsonNode fathersBefore = reception.get("/" + fathers).json();

        ApiResponse refused = limited.post("/" + survivor + "/merge", Map.of("mergedId", fathers));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(reception.get("/" + fathers).json()).as("not merged").isEqualTo(fathersBefore);
        assertThat(reception.get("/" + survivor).json()).isEqualTo(survivorBefore);
        assertThat(grantIds(fathers)).containsExactly(fathersGrant);
        assertThat(grantIds(survivor)).isEmpty();
        assertThat(patientsOfTheFather()).contains(fathers).doesNotContain(survivor);

        ApiResponse byReception = reception.post("/" + survivor + "/merge", Map.of("mergedId", fathers));
        assertThat(byReception.status()).as(byReception.toString()).isEqualTo(200);
        assertThat(grantIds(survivor)).containsExactly(fathersGrant);
    }

    @Test
    void aMergeThatMovesNoGrantOfTheFatherIsAllowed() {
        String surname = uniqueSurname("Garcia");
        String survivor = newPatient("Lucia", surname, "2013-11-02");
        String duplicate = newPatient("Luci", surname, "2013-11-02");
        String mothersGrant = grant(duplicate, ClinicRealm.MOTHER, "PARENT");

        ApiResponse merged = limited.post("/" + survivor + "/merge", Map.of("mergedId", duplicate));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(reception.get("/" + duplicate).json().path("id").asText()).as("the old id forwards").isEqualTo(survivor);
        assertThat(grantIds(survivor)).containsExactly(mothersGrant);
    }

    @Test
    void undoingAMergeThatMovedTheFathersGrantIsRefusedAndChangesNothing() {
        String surname = uniqueSurname("Garcia");
        String survivor = newPatient("Pablo", surname, "2012-07-14");
        String duplicate = newPatient("Pablito", surname, "2012-07-14");
        String fathersGrant = grant(duplicate, ClinicRealm.FATHER, "PARENT");
        String mergeId = reception.post("/" + survivor + "/merge", Map.of("mergedId", duplicate)).json().path("mergeId").asText();
        JsonNode survivorBefore = reception.get("/" + survivor).json();

        ApiResponse refused = limited.merges().post("/" + mergeId + "/undo", PatientAccessApi.JSON, "");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(reception.get("/" + duplicate).json().path("id").asText()).as("still merged").isEqualTo(survivor);
        assertThat(reception.get("/" + survivor).json()).isEqualTo(survivorBefore);
        assertThat(grantIds(survivor)).containsExactly(fathersGrant);
        assertThat(patientsOfTheFather()).contains(survivor).doesNotContain(duplicate);
        assertThat(merge(mergeId).path("canUndo").asBoolean()).as("nothing undone").isTrue();

        assertThat(reception.merges().post("/" + mergeId + "/undo", PatientAccessApi.JSON, "").status()).isEqualTo(204);
        assertThat(grantIds(duplicate)).containsExactly(fathersGrant);
    }

    @Test
    void mergingTheFathersQueuedRegistrationIsRefusedAndChangesNothing() {
        String surname = uniqueSurname("Queue");
        String existing = newPatient("Ines", surname, "2019-05-06");
        PatientAccessApi father = father();
        ApiResponse added = father.post("/dependents", patient(null, "Ines", surname, "2019-05-06", null, null));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String provisional = added.json().path("patientId").asText();
        JsonNode entry = queueEntryFor(provisional);
        assertThat(entry.path("userId").asText()).as("the father's registration").isEqualTo(userId(ClinicRealm.FATHER));
        String registration = entry.path("id").asText();

        ApiResponse refused = limited.registrations().post("/" + registration + "/merge", Map.of("into", existing));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        JsonNode after = reception.registrations().get("/" + registration).json();
        assertThat(after.path("status").asText()).isEqualTo("PENDING");
        assertThat(after.has("decidedBy")).isFalse();
        assertThat(reception.get("/" + provisional).json().path("status").asText()).as("not merged").isEqualTo("ACTIVE");
        assertThat(grantIds(existing)).isEmpty();
        assertThat(patientsOfTheFather()).contains(provisional).doesNotContain(existing);

        ApiResponse byReception = reception.registrations().post("/" + registration + "/merge", Map.of("into", existing));
        assertThat(byReception.status()).as(byReception.toString()).isEqualTo(200);
        assertThat(patientsOfTheFather()).contains(existing).doesNotContain(provisional);
    }

    @Test
    void archivingARecordTheFatherActsForIsRefused() {
        String record = newPatient("Olivia", uniqueSurname("Garcia"), "2015-01-20");
        String fathersGrant = grant(record, ClinicRealm.FATHER, "PARENT");

        ApiResponse refused = limited.delete("/" + record);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(reception.get("/" + record).json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(grantIds(record)).containsExactly(fathersGrant);
        assertThat(patientsOfTheFather()).as("his access goes on").contains(record);

        assertThat(reception.delete("/" + record).status()).isEqualTo(204);
        assertThat(patientsOfTheFather()).as("archiving ends his access").doesNotContain(record);
    }

    @Test
    void restoringAnArchivedRecordTheFatherHoldsAGrantOnIsRefused() {
        String surname = uniqueSurname("Garcia");
        String record = newPatient("Elena", surname, "2014-02-11");
        String fathersGrant = grant(record, ClinicRealm.FATHER, "PARENT");
        assertThat(reception.delete("/" + record).status()).isEqualTo(204);
        Map<String, Object> restore = patient(null, "Elena", surname, "2014-02-11", null, null);
        restore.put("status", "ACTIVE");

        ApiResponse refused = limited.put("/" + record, restore);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(reception.get("/" + record).json().path("status").asText()).isEqualTo("ARCHIVED");
        assertThat(patientsOfTheFather()).as("his access stays ended").doesNotContain(record);

        ApiResponse byReception = reception.put("/" + record, restore);
        assertThat(byReception.status()).as(byReception.toString()).isEqualTo(200);
        assertThat(grantIds(record)).containsExactly(fathersGrant);
        assertThat(patientsOfTheFather()).contains(record);
    }

    @Test
    void settingContinuedGuardianshipOverTheFathersChildIsRefused() {
        String teen = newPatient("Nora", uniqueSurname("Ortega"), comingOfAgeIn(40));
        grant(teen, ClinicRealm.FATHER, "PARENT");
        String mark = "/" + teen + "/coming-of-age/continued-guardianship";

        ApiResponse refused = limited.put(mark, Map.of("reason", REASON));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(comingOfAge(teen).has("continuedGuardianship")).as("not marked").isFalse();
        assertThat(comingOfAge(teen).path("guardianGrantsEnding").asInt()).as("his grant still ends on the day").isEqualTo(1);

        assertThat(reception.put(mark, Map.of("reason", REASON)).status()).isEqualTo(200);
        assertThat(comingOfAge(teen).path("continuedGuardianship").path("reason").asText()).isEqualTo(REASON);
    }

    @Test
    void clearingContinuedGuardianshipOverTheFathersChildIsRefused() {
        String teen = newPatient("Iker", uniqueSurname("Ortega"), comingOfAgeIn(50));
        grant(teen, ClinicRealm.FATHER, "PARENT");
        String mark = "/" + teen + "/coming-of-age/continued-guardianship";
        assertThat(reception.put(mark, Map.of("reason", REASON)).status()).isEqualTo(200);
        JsonNode marked = comingOfAge(teen).path("continuedGuardianship");

        ApiResponse refused = limited.delete(mark);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(comingOfAge(teen).path("continuedGuardianship")).as("still marked, as it was").isEqualTo(marked);

        assertThat(reception.delete(mark).status()).isEqualTo(204);
        assertThat(comingOfAge(teen).has("continuedGuardianship")).isFalse();
    }

    @Test
    void keepingOrEndingTheFathersGrantFromItsReviewAtThirteenIsRefusedAndDecidesNothing() {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.ageBands", "review-13-suspend-16"));
        String teen = newPatient("Mikel", uniqueSurname("Garcia"), LocalDate.now(ZoneOffset.UTC).plusDays(1).minusYears(13).toString());
        String fathersGrant = grant(teen, ClinicRealm.FATHER, "GUARDIAN");
        String mothersGrant = grant(teen, ClinicRealm.MOTHER, "PARENT");
        timeOffSet.set(24 * 60 * 60 + 60);
        try {
            // The 13th birthday: the tokens signed in before have expired by then.
            limited = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), FineGrainedClinicRealm.LIMITED_STAFF, ClinicRealm.PASSWORD);
            reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
            String operator = PatientAccessApi.signedInAs(urls.getBase(), "master", "admin", "admin").token();
            String reviews = "/admin/realms/" + realm.getName() + "/patient-access/grant-reviews";
            ApiResponse run = PatientAccessApi.withToken(urls.getBase(), realm.getName(), operator)
                    .at("/admin/realms/" + realm.getName() + "/patient-access/coming-of-age").post("/run", "application/json", "");
            assertThat(run.status()).as(run.toString()).isEqualTo(200);
            Map<String, String> reviewOfGrant = new java.util.HashMap<>();
            reception.at(reviews).get("?patientId=" + teen).json().path("entries")
                    .forEach(review -> reviewOfGrant.put(review.path("grant").path("id").asText(), review.path("id").asText()));
            assertThat(reviewOfGrant).containsOnlyKeys(fathersGrant, mothersGrant);

            for (String decision : new String[] {"KEEP", "END"}) {
                ApiResponse refused = limited.at(reviews).post("/" + reviewOfGrant.get(fathersGrant) + "/decision", Map.of("decision", decision));
                assertThat(refused.status()).as(decision + ": " + refused).isEqualTo(403);
            }
            assertThat(reception.at(reviews).get("/" + reviewOfGrant.get(fathersGrant)).json().path("state").asText()).isEqualTo("OPEN");
            assertThat(grantIds(teen)).contains(fathersGrant);
            assertThat(limited.at(reviews).post("/" + reviewOfGrant.get(mothersGrant) + "/decision", Map.of("decision", "KEEP")).status())
                    .as("the mother's account they may manage").isEqualTo(200);
            ApiResponse byReception = reception.at(reviews).post("/" + reviewOfGrant.get(fathersGrant) + "/decision", Map.of("decision", "END"));
            assertThat(byReception.status()).as(byReception.toString()).isEqualTo(200);
            assertThat(grantIds(teen)).containsExactly(mothersGrant);
        } finally {
            timeOffSet.set(0);
        }
    }

    private String newPatient(String firstName, String lastName, String birthDate) {
        return reception.create(patient(null, firstName, lastName, birthDate, null, null)).path("id").asText();
    }

    /** A grant the receptionist gives: its id. */
    private String grant(String patientId, String email, String relationship) {
        ApiResponse created = reception.post("/" + patientId + "/accounts", Map.of("email", email, "relationship", relationship));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** The record's active grants, as the receptionist sees them. */
    private List<String> grantIds(String patientId) {
        List<String> ids = new ArrayList<>();
        reception.get("/" + patientId + "/accounts").json().forEach(grant -> ids.add(grant.path("id").asText()));
        return ids;
    }

    private PatientAccessApi father() {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.FATHER, ClinicRealm.PASSWORD);
    }

    /** The records the father acts for now, from his own API. */
    private List<String> patientsOfTheFather() {
        List<String> ids = new ArrayList<>();
        father().get("/patients").json().forEach(mine -> ids.add(mine.path("patientId").asText()));
        return ids;
    }

    private JsonNode queueEntryFor(String patientId) {
        for (JsonNode entry : reception.registrations().get("?status=PENDING&max=100").json()) {
            if (entry.path("patient").path("id").asText().equals(patientId)) {
                return entry;
            }
        }
        throw new AssertionError("no queue entry for patient " + patientId);
    }

    private JsonNode merge(String mergeId) {
        for (JsonNode merge : reception.merges().get("?max=100").json()) {
            if (merge.path("mergeId").asText().equals(mergeId)) {
                return merge;
            }
        }
        throw new AssertionError("merge " + mergeId + " not listed");
    }

    private JsonNode comingOfAge(String patientId) {
        return reception.get("/" + patientId + "/coming-of-age").json();
    }

    /** The birth date of someone who reaches 18 that many days from today (UTC, the realm's time zone). */
    private static String comingOfAgeIn(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).minusYears(18).toString();
    }

    private String userId(String username) {
        return FineGrainedPermissions.of(realm).userId(username);
    }
}
