package org.patientaccess.keycloak.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.lifecycle.ComingOfAge.today;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
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
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.OtherClinicRealm;

/**
 * The preset "review at 13, suspend at 16": on the 13th birthday the daily run opens one review per
 * parent's or guardian's grant, due 30 days later, and staff keep or end each from the queue.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffReviewEachGuardiansAccessAtThirteenIT {

    private static final int ONE_DAY = 24 * 60 * 60;

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectRealm(ref = "other", config = OtherClinicRealm.class)
    ManagedRealm otherClinic;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    private ComingOfAge comingOfAge;
    private PatientAccessApi reception;

    @BeforeEach
    void reviewAtThirteen() {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.ageBands", "review-13-suspend-16"));
        comingOfAge = new ComingOfAge(urls.getBase(), realm);
        reception = comingOfAge.reception();
    }

    @AfterEach
    void backToToday() {
        timeOffSet.set(0);
    }

    /** The birth date of someone who turns 13 tomorrow: the grants given today were made before the day. */
    private static String thirteenTomorrow() {
        return today().plusDays(1).minusYears(13).toString();
    }

    @Test
    void theThirteenthBirthdayOpensOneReviewPerGuardianGrantDueThirtyDaysLaterAndOnlyOnce() {
        String nerea = comingOfAge.newPatient(reception, "Nerea", thirteenTomorrow());
        String mothers = comingOfAge.grant(reception, nerea, ClinicRealm.MOTHER, "PARENT");
        String fathers = comingOfAge.grant(reception, nerea, ClinicRealm.FATHER, "GUARDIAN");
        comingOfAge.grant(reception, nerea, ClinicRealm.GRANDMOTHER, "CAREGIVER");
        comingOfAge.runNow();
        assertThat(reviewsOf(nerea, queue(comingOfAge.auditor()))).as("not yet: the birthday is tomorrow").isEmpty();

        onTheBirthday();
        JsonNode run = comingOfAge.runNow();
        JsonNode again = comingOfAge.runNow();

        assertThat(run.path("reviewsOpened").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(again.path("reviewsOpened").asInt()).as("a second run opens nothing twice").isZero();
        List<JsonNode> reviews = reviewsOf(nerea, queue(comingOfAge.auditor()));
        assertThat(reviews).extracting(review -> review.path("grant").path("id").asText()).containsExactlyInAnyOrder(mothers, fathers);
        assertThat(reviews).allSatisfy(review -> {
            assertThat(review.path("state").asText()).isEqualTo("OPEN");
            assertThat(review.path("bandDay").asText()).isEqualTo(today().plusDays(1).toString());
            assertThat(review.path("dueOn").asText()).isEqualTo(today().plusDays(31).toString());
            assertThat(review.path("overdue").asBoolean()).isFalse();
            assertThat(review.path("patient").path("id").asText()).isEqualTo(nerea);
            assertThat(review.has("decision")).isFalse();
        });
        JsonNode ofRecord = comingOfAge.auditor().at(reviewsPath()).get("?patientId=" + nerea).json();
        assertThat(ofRecord.path("total").asInt()).as("a second run opens nothing twice").isEqualTo(2);
        assertThat(actions(nerea)).filteredOn("GRANT_REVIEW_OPENED"::equals).hasSize(2);
        assertThat(reception.get("/" + nerea + "/accounts").json()).as("a review changes nothing by itself").hasSize(3);
    }

    @Test
    void staffKeepOneGuardiansAccessAndEndTheOthersWhichTheHistorySays() {
        String iker = comingOfAge.newPatient(reception, "Iker", thirteenTomorrow());
        String mothers = comingOfAge.grant(reception, iker, ClinicRealm.MOTHER, "PARENT");
        String fathers = comingOfAge.grant(reception, iker, ClinicRealm.FATHER, "GUARDIAN");
        onTheBirthday();
        comingOfAge.runNow();
        PatientAccessApi reviews = reception.at(reviewsPath());

        ApiResponse kept = reviews.post("/" + reviewOf(iker, mothers) + "/decision", Map.of("decision", "KEEP"));
        ApiResponse ended = reviews.post("/" + reviewOf(iker, fathers) + "/decision", Map.of("decision", "END"));

        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().path("state").asText()).isEqualTo("DECIDED");
        assertThat(kept.json().path("decision").asText()).isEqualTo("KEEP");
        assertThat(kept.json().path("decidedBy").path("username").asText()).isEqualTo(ClinicRealm.RECEPTIONIST);
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().path("grant").path("status").asText()).isEqualTo("REVOKED");
        assertThat(reception.get("/" + iker + "/accounts").json()).extracting(grant -> grant.path("id").asText()).containsExactly(mothers);
        assertThat(reviewsOf(iker, queue(reception))).as("nothing left to decide").isEmpty();
        assertThat(actions(iker)).contains("GRANT_REVIEW_DECIDED", "GRANT_ENDED");
        List<String> decisions = new ArrayList<>();
        reception.get("/" + iker + "/history?max=100").json().path("entries").forEach(entry -> {
            if (entry.path("action").asText().equals("GRANT_REVIEW_DECIDED")) {
                decisions.add(entry.path("details").path("decision").asText());
                assertThat(entry.path("actor").path("username").asText()).isEqualTo(ClinicRealm.RECEPTIONIST);
            }
        });
        assertThat(decisions).containsExactlyInAnyOrder("KEEP", "END");
        ApiResponse again = reviews.post("/" + kept.json().path("id").asText() + "/decision", Map.of("decision", "END"));
        assertThat(again.status()).as("decided already: " + again).isEqualTo(409);
        assertThat(reception.get("/" + iker + "/accounts").json()).as("nothing changed").hasSize(1);
    }

    @Test
    void aReviewPastItsDueDayIsFlaggedOverdueAndListedByTheOverdueFilter() {
        String leire = comingOfAge.newPatient(reception, "Leire", thirteenTomorrow());
        comingOfAge.grant(reception, leire, ClinicRealm.MOTHER, "PARENT");
        onTheBirthday();
        comingOfAge.runNow();
        assertThat(reviewsOf(leire, comingOfAge.auditor().at(reviewsPath()).get("?overdue=true&max=100").json())).isEmpty();

        timeOffSet.set(32 * ONE_DAY + 60);
        PatientAccessApi auditor = comingOfAge.auditor();

        List<JsonNode> overdue = reviewsOf(leire, auditor.at(reviewsPath()).get("?overdue=true&max=100").json());
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).path("overdue").asBoolean()).isTrue();
        assertThat(reviewsOf(leire, queue(auditor))).as("still among the open ones").hasSize(1);
    }

    @Test
    void aGrantEndedOrChangedOnUserAccountsLeavesTheQueue() {
        String unai = comingOfAge.newPatient(reception, "Unai", thirteenTomorrow());
        String mothers = comingOfAge.grant(reception, unai, ClinicRealm.MOTHER, "PARENT");
        String fathers = comingOfAge.grant(reception, unai, ClinicRealm.FATHER, "GUARDIAN");
        onTheBirthday();
        comingOfAge.runNow();

        assertThat(reception.delete("/" + unai + "/accounts/" + mothers).status()).isEqualTo(204);
        ApiResponse changed = reception.put("/" + unai + "/accounts/" + fathers,
                Map.of("relationship", "GUARDIAN", "permissions", List.of("BOOK")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        assertThat(reviewsOf(unai, queue(reception))).isEmpty();
        JsonNode ofRecord = reception.at(reviewsPath()).get("?patientId=" + unai).json();
        Map<String, String> states = new java.util.HashMap<>();
        ofRecord.path("entries").forEach(review -> states.put(review.path("grant").path("id").asText(),
                review.path("state").asText() + " " + review.path("decision").asText()));
        assertThat(states).containsEntry(mothers, "NO_LONGER_NEEDED ").containsEntry(fathers, "DECIDED GRANT_CHANGED");
        ApiResponse tooLate = reception.at(reviewsPath()).post("/" + reviewOf(unai, mothers) + "/decision", Map.of("decision", "KEEP"));
        assertThat(tooLate.status()).as(tooLate.toString()).isEqualTo(409);
    }

    @Test
    void viewOnlyStaffBadDecisionsAndAnotherClinicAreRefused() {
        String ane = comingOfAge.newPatient(reception, "Ane", thirteenTomorrow());
        String mothers = comingOfAge.grant(reception, ane, ClinicRealm.MOTHER, "PARENT");
        onTheBirthday();
        comingOfAge.runNow();
        String review = reviewOf(ane, mothers);
        String decision = "/" + review + "/decision";
        PatientAccessApi reviews = reception.at(reviewsPath());

        assertThat(comingOfAge.auditor().at(reviewsPath()).post(decision, Map.of("decision", "KEEP")).status())
                .as("view-users only").isEqualTo(403);
        assertRefused(reviews.post(decision, Map.of("decision", "MAYBE")), "decision");
        assertRefused(reviews.post(decision, Map.of()), "decision");
        assertRefused(reviews.post(decision, Map.of("decision", "KEEP", "note", "x")), "note");
        assertRefused(reviews.get("?overdue=soon"), "overdue");
        assertRefused(reviews.get("?max=0"), "max");
        assertThat(reviews.post("/no-such-review/decision", Map.of("decision", "KEEP")).status()).isEqualTo(404);
        PatientAccessApi otherReception = PatientAccessApi.signedInAs(urls.getBase(), otherClinic.getName(),
                ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD).at("/admin/realms/" + otherClinic.getName() + "/patient-access/grant-reviews");
        assertThat(otherReception.get("/" + review).status()).as("an id of another clinic").isEqualTo(404);
        assertThat(otherReception.post(decision, Map.of("decision", "END")).status()).isEqualTo(404);
        assertThat(reviews.get("/" + review).json().path("state").asText()).as("nothing decided").isEqualTo("OPEN");
    }

    private void onTheBirthday() {
        timeOffSet.set(ONE_DAY + 60);
        // The tokens signed in before have expired by then.
        reception = comingOfAge.reception();
    }

    private String reviewsPath() {
        return "/admin/realms/" + realm.getName() + "/patient-access/grant-reviews";
    }

    private JsonNode queue(PatientAccessApi caller) {
        ApiResponse page = caller.at(reviewsPath()).get("?max=100");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json();
    }

    private String reviewOf(String patientId, String grantId) {
        for (JsonNode review : reviewsOf(patientId, reception.at(reviewsPath()).get("?patientId=" + patientId).json())) {
            if (review.path("grant").path("id").asText().equals(grantId)) {
                return review.path("id").asText();
            }
        }
        throw new AssertionError("no review of grant " + grantId);
    }

    private static List<JsonNode> reviewsOf(String patientId, JsonNode page) {
        List<JsonNode> reviews = new ArrayList<>();
        page.path("entries").forEach(review -> {
            if (review.path("patient").path("id").asText().equals(patientId)) {
                reviews.add(review);
            }
        });
        return reviews;
    }

    private List<String> actions(String patientId) {
        List<String> actions = new ArrayList<>();
        reception.get("/" + patientId + "/history?max=100").json().path("entries").forEach(entry -> actions.add(entry.path("action").asText()));
        return actions;
    }

    private static void assertRefused(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).as(response.toString()).isEqualTo(field);
    }
}
