package org.patientaccess.keycloak.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.lifecycle.ComingOfAge.comingOfAgeIn;
import static org.patientaccess.keycloak.it.lifecycle.ComingOfAge.today;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class GuardiansAccessEndsWhenAChildComesOfAgeIT {

    private static final int ONE_DAY = 24 * 60 * 60;

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    private ComingOfAge comingOfAge;
    private PatientAccessApi reception;
    private Inbox inbox;

    @BeforeEach
    void signIn() {
        comingOfAge = new ComingOfAge(urls.getBase(), realm);
        reception = comingOfAge.reception();
        inbox = new Inbox(mail);
    }

    @Test
    void parentsGuardiansAndTheYoungPersonAreToldThirtyDaysBeforeInTheirLanguage() throws Exception {
        String lucia = comingOfAge.newPatient(reception, "Lucia", comingOfAgeIn(30));
        comingOfAge.grant(reception, lucia, ClinicRealm.MOTHER, "PARENT");
        comingOfAge.grant(reception, lucia, ClinicRealm.FATHER, "GUARDIAN");
        comingOfAge.grant(reception, lucia, ClinicRealm.GRANDMOTHER, "SELF");
        comingOfAge.grant(reception, lucia, ClinicRealm.CLINICIAN, "CAREGIVER");
        speaksFrench(ClinicRealm.FATHER);
        int mark = inbox.mark();

        JsonNode run = comingOfAge.runNow();

        assertThat(run.path("noticesSent").asInt()).isGreaterThanOrEqualTo(3);
        inbox.awaitTo(ClinicRealm.GRANDMOTHER, mark);
        MimeMessage toMother = inbox.lastTo(ClinicRealm.MOTHER);
        assertThat(toMother.getSubject()).startsWith("Coming of age at");
        assertThat(Mails.text(toMother)).contains("Hello Maria").contains("Lucia comes of age on")
                .contains(String.valueOf(today().plusDays(30).getYear())).contains("please call the clinic");
        assertThat(Mails.html(toMother)).contains("Lucia comes of age on");
        MimeMessage toFather = inbox.lastTo(ClinicRealm.FATHER);
        assertThat(toFather.getSubject()).startsWith("Majorité chez");
        assertThat(Mails.text(toFather)).contains("Lucia atteint sa majorité le");
        assertThat(Mails.text(inbox.lastTo(ClinicRealm.GRANDMOTHER))).contains("You come of age on");
        assertThat(inbox.countTo(ClinicRealm.CLINICIAN, mark)).as("a caregiver keeps access: not told").isZero();

        JsonNode status = reception.get("/" + lucia + "/coming-of-age").json();
        assertThat(status.path("comesOfAgeOn").asText()).isEqualTo(today().plusDays(30).toString());
        assertThat(status.path("minor").asBoolean()).isTrue();
        assertThat(status.path("guardianGrantsEnding").asInt()).isEqualTo(2);
        assertThat(status.path("noticeSentAt").asText()).isNotEmpty();
        assertThat(actions(lucia)).contains("COMING_OF_AGE_NOTICE_SENT");
    }

    @Test
    void runningTheTaskTwiceSendsNoSecondNotice() throws Exception {
        String mateo = comingOfAge.newPatient(reception, "Mateo", comingOfAgeIn(12));
        comingOfAge.grant(reception, mateo, ClinicRealm.MOTHER, "PARENT");
        int mark = inbox.mark();
        comingOfAge.runNow();
        inbox.awaitTo(ClinicRealm.MOTHER, mark);
        int afterFirst = inbox.mark();

        JsonNode second = comingOfAge.runNow();

        assertThat(second.path("noticesSent").asInt()).isZero();
        assertThat(second.path("grantsEnded").asInt()).isZero();
        Thread.sleep(1_000);
        assertThat(inbox.countTo(ClinicRealm.MOTHER, afterFirst)).isZero();
        assertThat(actions(mateo)).containsOnlyOnce("COMING_OF_AGE_NOTICE_SENT");
    }

    @Test
    void onTheDayParentAndGuardianGrantsEndAndShowInTheHistoryWhileOthersStay() {
        String sofia = comingOfAge.newPatient(reception, "Sofia", comingOfAgeIn(1));
        String parent = comingOfAge.grant(reception, sofia, ClinicRealm.MOTHER, "PARENT");
        String guardian = comingOfAge.grant(reception, sofia, ClinicRealm.FATHER, "GUARDIAN");
        String caregiver = comingOfAge.grant(reception, sofia, ClinicRealm.GRANDMOTHER, "CAREGIVER");
        assertThat(comingOfAge.runNow().path("grantsEnded").asInt()).as("not yet: the day is tomorrow").isZero();

        timeOffSet.set(ONE_DAY + 60);
        try {
            reception = comingOfAge.reception();
            JsonNode run = comingOfAge.runNow();
            JsonNode again = comingOfAge.runNow();

            assertThat(run.path("grantsEnded").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(again.path("grantsEnded").asInt()).as("nothing ends twice").isZero();
            assertThat(reception.get("/" + sofia + "/accounts").json()).extracting(grant -> grant.path("id").asText())
                    .containsExactly(caregiver);
            List<JsonNode> ended = new ArrayList<>();
            reception.get("/" + sofia + "/history").json().path("entries").forEach(entry -> {
                if (entry.path("action").asText().equals("GRANT_ENDED")) {
                    ended.add(entry);
                }
            });
            assertThat(ended).extracting(entry -> entry.path("details").path("grantId").asText()).containsExactlyInAnyOrder(parent, guardian);
            assertThat(ended).allSatisfy(entry -> {
                assertThat(entry.path("details").path("reason").asText()).isEqualTo("CAME_OF_AGE");
                assertThat(entry.path("actor").isMissingNode()).as("no staff member ended it").isTrue();
            });
            JsonNode status = reception.get("/" + sofia + "/coming-of-age").json();
            assertThat(status.path("minor").asBoolean()).isFalse();
            assertThat(status.path("grantsEndedAt").asText()).isNotEmpty();
        } finally {
            timeOffSet.set(0);
        }
    }

    @Test
    void continuedGuardianshipKeepsTheGuardiansAccessAndSendsNoNotice() {
        String ana = comingOfAge.newPatient(reception, "Ana", comingOfAgeIn(1));
        String parent = comingOfAge.grant(reception, ana, ClinicRealm.MOTHER, "PARENT");
        PersonalData.used("Court order 2026-114");
        ApiResponse marked = reception.put("/" + ana + "/coming-of-age/continued-guardianship", Map.of("reason", "Court order 2026-114"));
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(marked.json().path("reason").asText()).isEqualTo("Court order 2026-114");
        assertThat(marked.json().path("setBy").path("username").asText()).isEqualTo(ClinicRealm.RECEPTIONIST);
        comingOfAge.runNow();
        assertThat(reception.get("/" + ana + "/coming-of-age").json().has("noticeSentAt")).isFalse();

        timeOffSet.set(ONE_DAY + 60);
        try {
            reception = comingOfAge.reception();
            JsonNode run = comingOfAge.runNow();

            assertThat(run.path("recordsKeptByContinuedGuardianship").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(reception.get("/" + ana + "/accounts").json()).extracting(grant -> grant.path("id").asText()).containsExactly(parent);
            assertThat(reception.get("/" + ana + "/coming-of-age").json().path("continuedGuardianship").path("reason").asText())
                    .isEqualTo("Court order 2026-114");
            assertThat(actions(ana)).contains("CONTINUED_GUARDIANSHIP_SET").doesNotContain("GRANT_ENDED");
        } finally {
            timeOffSet.set(0);
        }
    }

    /** What Family & access shows: a parent's access to a minor ends the day the minor comes of age, as the notice says. */
    @Test
    void thePersonsApiSaysTheDayEachAccessEndsTheComingOfAgeDayUnlessSoonerOrKept() {
        String ana = comingOfAge.newPatient(reception, "Ana", comingOfAgeIn(40));
        String mothers = comingOfAge.grant(reception, ana, ClinicRealm.MOTHER, "PARENT");
        String grandmothers = comingOfAge.grant(reception, ana, ClinicRealm.GRANDMOTHER, "CAREGIVER");
        ApiResponse fathers = reception.post("/" + ana + "/accounts", Map.of("email", ClinicRealm.FATHER, "relationship", "GUARDIAN",
                "validUntil", today().plusDays(10) + "T12:00:00Z"));
        assertThat(fathers.status()).as(fathers.toString()).isEqualTo(201);

        assertThat(endsOn(ClinicRealm.MOTHER, mothers)).as("the day Ana turns 18").isEqualTo(today().plusDays(40).toString());
        assertThat(endsOn(ClinicRealm.FATHER, fathers.json().path("id").asText())).as("its own end, sooner").isEqualTo(today().plusDays(10).toString());
        assertThat(endsOn(ClinicRealm.GRANDMOTHER, grandmothers)).as("a caregiver's access stays").isNull();

        assertThat(reception.put("/" + ana + "/coming-of-age/continued-guardianship", Map.of("reason", "Care plan")).status()).isEqualTo(200);
        assertThat(endsOn(ClinicRealm.MOTHER, mothers)).as("kept under continued guardianship").isNull();
    }

    private String endsOn(String holder, String grantId) {
        JsonNode patients = PatientAccessApi.personSignedInAs(urls.getBase(), realm, holder, ClinicRealm.PASSWORD).get("/patients").json();
        for (JsonNode patient : patients) {
            if (patient.path("grantId").asText().equals(grantId)) {
                return patient.hasNonNull("endsOn") ? patient.path("endsOn").asText() : null;
            }
        }
        throw new AssertionError("grant " + grantId + " not among " + holder + "'s patients");
    }

    @Test
    void staffListTheRecordsComingOfAgeSoonTheSoonestFirst() {
        String soon = comingOfAge.newPatient(reception, "Elena", comingOfAgeIn(3));
        String later = comingOfAge.newPatient(reception, "Pablo", comingOfAgeIn(20));
        String notYet = comingOfAge.newPatient(reception, "Diego", comingOfAgeIn(45));
        comingOfAge.grant(reception, soon, ClinicRealm.FATHER, "PARENT");

        JsonNode page = comingOfAge.list(comingOfAge.auditor()).get("?days=30&max=100").json();

        List<String> ids = new ArrayList<>();
        page.path("entries").forEach(entry -> ids.add(entry.path("patient").path("id").asText()));
        assertThat(ids).contains(soon, later).doesNotContain(notYet);
        assertThat(ids.indexOf(soon)).isLessThan(ids.indexOf(later));
        assertThat(page.path("ageOfMajority").asInt()).isEqualTo(18);
        assertThat(page.path("timeZone").asText()).isEqualTo("Z");
        JsonNode entry = page.path("entries").get(ids.indexOf(soon));
        assertThat(entry.path("day").asText()).isEqualTo(today().plusDays(3).toString());
        assertThat(entry.path("comingOfAge").path("guardianGrantsEnding").asInt()).isEqualTo(1);
        assertThat(comingOfAge.list(reception).get("?days=60&max=100").json().path("total").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anEarlierOwnAccountAgeRefusesASelfAccountBeforeItAndListsWhoReachesIt() {
        String fifteen = comingOfAge.newPatient(reception, "Marta", today().plusDays(5).minusYears(16).toString());
        String sixteen = comingOfAge.newPatient(reception, "Hugo", today().minusDays(1).minusYears(16).toString());
        assertThat(reception.post("/" + fifteen + "/accounts", Map.of("email", ClinicRealm.GRANDMOTHER, "relationship", "SELF")).status())
                .as("without the setting nothing changes").isEqualTo(201);
        reception.delete("/" + fifteen + "/accounts/" + reception.get("/" + fifteen + "/accounts").json().get(0).path("id").asText());

        realm.updateWithCleanup(r -> r.attribute("patientAccess.ownAccountAge", "16"));

        ApiResponse refused = reception.post("/" + fifteen + "/accounts", Map.of("email", ClinicRealm.GRANDMOTHER, "relationship", "SELF"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("relationship");
        assertThat(refused.json().path("errorMessage").asText()).contains(today().plusDays(5).toString());
        PersonalData.used("marta@family.test");
        ApiResponse invitation = reception.post("/" + fifteen + "/invitations",
                Map.of("email", "marta@family.test", "relationship", "SELF"));
        assertThat(invitation.status()).as(invitation.toString()).isEqualTo(400);
        assertThat(invitation.json().path("field").asText()).isEqualTo("relationship");
        assertThat(reception.post("/" + fifteen + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT")).status())
                .isEqualTo(201);
        assertThat(reception.post("/" + sixteen + "/accounts", Map.of("email", ClinicRealm.GRANDMOTHER, "relationship", "SELF")).status())
                .isEqualTo(201);

        JsonNode ownAccount = comingOfAge.list(reception).get("?kind=own-account&days=30&max=100").json();
        assertThat(ownAccount.path("ownAccountAge").asInt()).isEqualTo(16);
        List<String> ids = new ArrayList<>();
        ownAccount.path("entries").forEach(entry -> ids.add(entry.path("patient").path("id").asText()));
        assertThat(ids).contains(fifteen).doesNotContain(sixteen);
        assertThat(reception.get("/" + fifteen + "/coming-of-age").json().path("ownAccountFrom").asText())
                .isEqualTo(today().plusDays(5).toString());
    }

    private List<String> actions(String patientId) {
        List<String> actions = new ArrayList<>();
        reception.get("/" + patientId + "/history?max=100").json().path("entries").forEach(entry -> actions.add(entry.path("action").asText()));
        return actions;
    }

    private void speaksFrench(String email) {
        UserRepresentation user = realm.admin().users().searchByEmail(email, true).get(0);
        user.singleAttribute("locale", "fr");
        realm.admin().users().get(user.getId()).update(user);
    }
}
