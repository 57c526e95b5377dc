package org.patientaccess.keycloak.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.lifecycle.ComingOfAge.today;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.oidc.Tokens;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * The young person's say: from the clinic's own-account age, the holder of a record's own account
 * gives a parent back what an age band withheld (or lets them keep it through a band day) for at most
 * 12 months, renews, withdraws; the daily run ends it after its last day; the parent is told by
 * email, in their language, each time what they may do changes; staff read each step in History. Rosa's account stands for the young person's own account (SELF) throughout.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class YoungPeopleHaveASayInWhatTheirParentsMayDoIT {

    private static final int ONE_DAY = 24 * 60 * 60;
    private static final List<String> ALL = List.of("BOOK", "MANAGE_PROFILE", "VIEW");
    private static final String YOUNG_PERSON = ClinicRealm.GRANDMOTHER;

    /** A realm per test: each young person holds one own record, and the bands differ. */
    @InjectRealm(config = ClinicRealm.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    /** The band days' notices go out by email, and the parent is told when the young person's say changes their access. */
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
        offerPatientsScopeToAdminCli();
    }

    @AfterEach
    void backToToday() {
        timeOffSet.set(0);
    }

    @Test
    void aYoungPersonGivesTheirParentBackWhatTheBandTookAndTheParentsTokenShowsItAgain() throws Exception {
        Family family = narrowedAtTwelve();
        LocalDate until = family.bandDay.plusMonths(6);

        JsonNode before = accountOf(family.mothers);
        assertThat(texts(before.path("permissions"))).containsExactly("BOOK");
        assertThat(texts(before.path("withheld"))).containsExactly("MANAGE_PROFILE", "VIEW");
        assertThat(before.path("suspended").asBoolean()).isFalse();
        assertThat(before.path("mayAssent").asBoolean()).isTrue();
        assertThat(before.path("assentUntilAtMost").asText()).isEqualTo(family.bandDay.plusMonths(12).toString());
        assertThat(before.has("assent")).isFalse();

        int mark = inbox.mark();
        ApiResponse given = youngPerson().put("/accounts/" + family.mothers + "/assent", Map.of("permissions", List.of("VIEW"), "until", until.toString()));

        assertThat(given.status()).as(given.toString()).isEqualTo(200);
        assertThat(texts(given.json().path("permissions"))).containsExactly("BOOK", "VIEW");
        assertThat(texts(given.json().path("withheld"))).containsExactly("MANAGE_PROFILE");
        assertThat(texts(given.json().path("assent").path("permissions"))).containsExactly("VIEW");
        assertThat(given.json().path("assent").path("until").asText()).isEqualTo(until.toString());
        assertThat(accountOf(family.mothers)).isEqualTo(given.json());
        assertThat(texts(inToken(ClinicRealm.MOTHER, family.patientId).path("permissions"))).containsExactly("BOOK", "VIEW");
        JsonNode staffView = staffGrant(family.patientId, family.mothers);
        assertThat(texts(staffView.path("withheld"))).containsExactly("MANAGE_PROFILE");
        assertThat(staffView.path("assent").path("until").asText()).isEqualTo(until.toString());
        JsonNode entry = historyEntry(family.patientId, "ASSENT_GIVEN");
        assertThat(entry.path("details").path("grantId").asText()).isEqualTo(family.mothers);
        assertThat(entry.path("details").path("reason").asText()).isEqualTo("ASSENT");
        assertThat(entry.path("details").path("permissionsBefore").asText()).isEqualTo("BOOK");
        assertThat(entry.path("details").path("permissionsAfter").asText()).isEqualTo("BOOK,VIEW");
        assertThat(entry.path("actor").path("username").asText()).as("the young person decided").isEqualTo(YOUNG_PERSON);
        MimeMessage told = toldTheMother(mark);
        assertThat(told.getSubject()).startsWith("A change to your access to a record at");
        assertThat(Mails.text(told)).contains("Hello Maria").contains("Lucia changed, from Lucia's own account at")
                .contains("For Lucia, you can now: book appointments, see the record.");
    }

    @Test
    void givingAgainReplacesTheAssentAndWithdrawingItNarrowsTheAccessAgain() throws Exception {
        Family family = narrowedAtTwelve();
        int given = inbox.mark();
        assertThat(give(family.mothers, List.of("VIEW", "MANAGE_PROFILE"), family.bandDay.plusMonths(3)).status()).isEqualTo(200);
        assertThat(texts(accountOf(family.mothers).path("permissions"))).isEqualTo(ALL);

        ApiResponse renewed = give(family.mothers, List.of("VIEW"), family.bandDay.plusMonths(12));

        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        assertThat(texts(renewed.json().path("permissions"))).as("left out of the renewal: withheld again").containsExactly("BOOK", "VIEW");
        assertThat(texts(renewed.json().path("withheld"))).containsExactly("MANAGE_PROFILE");
        assertThat(renewed.json().path("assent").path("until").asText()).isEqualTo(family.bandDay.plusMonths(12).toString());
        assertThat(inbox.awaitCount(ClinicRealm.MOTHER, given, 2, Duration.ofSeconds(30))).as("the mother told of the assent and of its renewal").isTrue();

        int mark = inbox.mark();
        ApiResponse withdrawn = youngPerson().delete("/accounts/" + family.mothers + "/assent");

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(204);
        JsonNode after = accountOf(family.mothers);
        assertThat(texts(after.path("permissions"))).containsExactly("BOOK");
        assertThat(texts(after.path("withheld"))).containsExactly("MANAGE_PROFILE", "VIEW");
        assertThat(after.has("assent")).isFalse();
        assertThat(texts(inToken(ClinicRealm.MOTHER, family.patientId).path("permissions"))).containsExactly("BOOK");
        JsonNode ended = historyEntry(family.patientId, "ASSENT_ENDED");
        assertThat(ended.path("details").path("permissionsAfter").asText()).isEqualTo("BOOK");
        assertThat(ended.path("actor").path("username").asText()).isEqualTo(YOUNG_PERSON);
        assertThat(youngPerson().delete("/accounts/" + family.mothers + "/assent").status()).as("nothing left to withdraw").isEqualTo(404);
        assertThat(Mails.text(toldTheMother(mark))).contains("Lucia took back, from Lucia's own account at")
                .contains("For Lucia, you can now: book appointments.");
    }

    @Test
    void anAssentEndsByItselfAtTheDailyRunAfterItsLastDay() throws Exception {
        Family family = narrowedAtTwelve();
        int given = inbox.mark();
        assertThat(give(family.mothers, List.of("VIEW"), family.bandDay.plusDays(1)).status()).isEqualTo(200);
        toldTheMother(given);

        moveTo(family.bandDay.plusDays(1));
        assertThat(comingOfAge.runNow().path("assentsEnded").asInt()).as("its last day: it still holds").isZero();
        assertThat(texts(staffGrant(family.patientId, family.mothers).path("permissions"))).containsExactly("BOOK", "VIEW");

        speaksFrench(ClinicRealm.MOTHER);
        moveTo(family.bandDay.plusDays(2));
        int mark = inbox.mark();
        JsonNode run = comingOfAge.runNow();

        assertThat(run.path("assentsEnded").asInt()).isEqualTo(1);
        JsonNode grant = staffGrant(family.patientId, family.mothers);
        assertThat(texts(grant.path("permissions"))).containsExactly("BOOK");
        assertThat(texts(grant.path("withheld"))).containsExactly("MANAGE_PROFILE", "VIEW");
        assertThat(grant.has("assent")).isFalse();
        assertThat(historyEntry(family.patientId, "ASSENT_ENDED").path("actor").isMissingNode()).as("the rule, nobody's decision").isTrue();
        MimeMessage told = toldTheMother(mark);
        assertThat(told.getSubject()).startsWith("Un changement de votre accès à un dossier chez");
        assertThat(Mails.text(told)).contains("Bonjour Maria").contains("Ce que Lucia vous avait rendu chez")
                .contains("a pris fin après son dernier jour").contains("Pour Lucia, vous pouvez désormais : prendre des rendez-vous.");
        assertThat(comingOfAge.runNow().path("assentsEnded").asInt()).as("nothing twice").isZero();
    }

    @Test
    void aConsentGivenBeforeTheSuspensionDayKeepsTheParentsAccessAtSixteen() {
        settings("12", "review-13-suspend-16");
        LocalDate sixteenth = today().plusDays(1);
        String diego = comingOfAge.newPatient(reception, "Diego", sixteenth.minusYears(16).toString());
        String mothers = grant(diego, ClinicRealm.MOTHER, "PARENT", ALL);
        String fathers = grant(diego, ClinicRealm.FATHER, "GUARDIAN", ALL);
        grant(diego, YOUNG_PERSON, "SELF", ALL);
        ApiResponse consent = give(mothers, List.of("BOOK", "VIEW"), today().plusMonths(6));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
        assertThat(texts(consent.json().path("permissions"))).as("nothing was withheld yet: nothing changes now").isEqualTo(ALL);

        moveTo(sixteenth);
        comingOfAge.runNow();

        JsonNode mother = accountOf(mothers);
        assertThat(texts(mother.path("permissions"))).containsExactly("BOOK", "VIEW");
        assertThat(texts(mother.path("withheld"))).containsExactly("MANAGE_PROFILE");
        JsonNode father = accountOf(fathers);
        assertThat(father.path("suspended").asBoolean()).isTrue();
        assertThat(texts(father.path("withheld"))).isEqualTo(ALL);
        assertThat(texts(inToken(ClinicRealm.MOTHER, diego).path("permissions"))).containsExactly("BOOK", "VIEW");
        assertThat(tokenPatients(ClinicRealm.FATHER)).doesNotContain(diego);
    }

    @Test
    void onlyTheYoungPersonFromTheOwnAccountAgeAssentsOnAParentsAccessForAtMostTwelveMonths() {
        settings("12", "adolescent-confidentiality");
        String ana = comingOfAge.newPatient(reception, "Ana", today().minusYears(14).minusDays(10).toString());
        String mothers = grant(ana, ClinicRealm.MOTHER, "PARENT", List.of("BOOK"));
        String caregivers = grant(ana, ClinicRealm.CLINICIAN, "CAREGIVER", List.of("BOOK"));
        grant(ana, YOUNG_PERSON, "SELF", ALL);
        LocalDate inSixMonths = today().plusMonths(6);

        assertField(give(mothers, List.of("BOOK"), today().plusMonths(13)), 400, "until");
        assertField(give(mothers, List.of("MANAGE_PROFILE"), inSixMonths), 400, "permissions");
        assertField(youngPerson().put("/accounts/" + mothers + "/assent", Map.of()), 400, "permissions");
        assertThat(give(caregivers, List.of("BOOK"), inSixMonths).status()).as("a caregiver's access is not a guardian's").isEqualTo(403);
        ApiResponse mothersOwn = PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.MOTHER, ClinicRealm.PASSWORD)
                .put("/accounts/" + mothers + "/assent", Map.of("permissions", List.of("BOOK"), "until", inSixMonths.toString()));
        assertThat(mothersOwn.status()).as("only the young person assents").isEqualTo(403);
        assertThat(mothersOwn.json().path("errorMessage").asText()).isNotBlank();
        assertThat(PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.FATHER, ClinicRealm.PASSWORD)
                .put("/accounts/" + mothers + "/assent", Map.of("permissions", List.of("BOOK"), "until", inSixMonths.toString())).status())
                .as("someone else's grant").isEqualTo(404);
        assertThat(give("no-such-grant", List.of("BOOK"), inSixMonths).status()).isEqualTo(404);

        settings("15", "adolescent-confidentiality");
        ApiResponse tooYoung = give(mothers, List.of("BOOK"), inSixMonths);
        assertThat(tooYoung.status()).as("under the own-account age the clinic decides").isEqualTo(403);
        assertThat(tooYoung.json().path("errorMessage").asText()).contains("own-account age");
        assertThat(accountOf(mothers).path("mayAssent").asBoolean()).isFalse();
        realm.updateWithCleanup(r -> r.attribute("patientAccess.ownAccountAge", ""));
        assertThat(give(mothers, List.of("BOOK"), inSixMonths).status()).as("a clinic without an own-account age: staff decide").isEqualTo(403);
        assertThat(reception.get("/" + ana + "/history?max=100").json().path("entries").toString()).doesNotContain("ASSENT");
    }

    /** A girl whose mother's access the adolescent band narrowed on her twelfth birthday (the test's today), and her own account since. */
    private record Family(String patientId, String mothers, LocalDate bandDay) {
    }

    private Family narrowedAtTwelve() {
        settings("12", "adolescent-confidentiality");
        LocalDate twelfth = today().plusDays(1);
        String lucia = comingOfAge.newPatient(reception, "Lucia", twelfth.minusYears(12).toString());
        String mothers = grant(lucia, ClinicRealm.MOTHER, "PARENT", ALL);
        moveTo(twelfth);
        comingOfAge.runNow();
        grant(lucia, YOUNG_PERSON, "SELF", ALL);
        return new Family(lucia, mothers, twelfth);
    }

    /** The email that told the mother her access changed, sent after {@code mark}. */
    private MimeMessage toldTheMother(int mark) {
        try {
            inbox.awaitTo(ClinicRealm.MOTHER, mark);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return inbox.lastTo(ClinicRealm.MOTHER);
    }

    private void speaksFrench(String email) {
        UserRepresentation user = realm.admin().users().searchByEmail(email, true).get(0);
        user.singleAttribute("locale", "fr");
        realm.admin().users().get(user.getId()).update(user);
    }

    private void settings(String ownAccountAge, String ageBands) {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.ownAccountAge", ownAccountAge).attribute("patientAccess.ageBands", ageBands));
    }

    /** Keycloak's clock a minute into {@code day}; staff sign in again, as their token would have expired. */
    private void moveTo(LocalDate day) {
        timeOffSet.set((int) (ChronoUnit.DAYS.between(today(), day) * ONE_DAY + 60));
        reception = comingOfAge.reception();
    }

    private PatientAccessApi youngPerson() {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, YOUNG_PERSON, ClinicRealm.PASSWORD);
    }

    private ApiResponse give(String grantId, List<String> permissions, LocalDate until) {
        return youngPerson().put("/accounts/" + grantId + "/assent", Map.of("permissions", permissions, "until", until.toString()));
    }

    private String grant(String patientId, String email, String relationship, List<String> permissions) {
        ApiResponse created = reception.post("/" + patientId + "/accounts", Map.of("email", email, "relationship", relationship, "permissions", permissions));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** The grant as the young person reads it among the accounts acting for them. */
    private JsonNode accountOf(String grantId) {
        for (JsonNode account : youngPerson().get("/accounts").json()) {
            if (account.path("grantId").asText().equals(grantId)) {
                return account;
            }
        }
        throw new AssertionError("grant " + grantId + " is not among the accounts acting for the young person");
    }

    private JsonNode staffGrant(String patientId, String grantId) {
        for (JsonNode grant : reception.get("/" + patientId + "/accounts").json()) {
            if (grant.path("id").asText().equals(grantId)) {
                return grant;
            }
        }
        throw new AssertionError("grant " + grantId + " is not active on " + patientId);
    }

    private JsonNode historyEntry(String patientId, String action) {
        for (JsonNode entry : reception.get("/" + patientId + "/history?max=100").json().path("entries")) {
            if (entry.path("action").asText().equals(action)) {
                return entry;
            }
        }
        throw new AssertionError("no " + action + " in the history of " + patientId);
    }

    private static void assertField(ApiResponse response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().path("field").asText()).as(response.toString()).isEqualTo(field);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    /**
     * Lets admin-cli ask for the {@code patients} scope, in full access tokens: Keycloak gives its
     * admin-cli lightweight ones, which carry no claim a mapper does not mark for them.
     */
    private void offerPatientsScopeToAdminCli() {
        String scopeId = realm.admin().clientScopes().findAll().stream().filter(scope -> "patients".equals(scope.getName()))
                .findFirst().orElseThrow().getId();
        ClientResource adminCli = realm.admin().clients().get(realm.admin().clients().findByClientId("admin-cli").get(0).getId());
        if (adminCli.getOptionalClientScopes().stream().noneMatch(scope -> scope.getId().equals(scopeId))) {
            adminCli.addOptionalClientScope(scopeId);
        }
        ClientRepresentation client = adminCli.toRepresentation();
        client.getAttributes().put("client.use.lightweight.access.token.enabled", "false");
        adminCli.update(client);
    }

    /** The {@code patients} claim of a fresh access token of the account (the realm's admin-cli client, asking for the scope). */
    private JsonNode tokenClaim(String email) {
        String form = "grant_type=password&client_id=admin-cli&scope=openid%20patients&username=" + PatientAccessApi.encode(email)
                + "&password=" + PatientAccessApi.encode(ClinicRealm.PASSWORD);
        ApiResponse response = PatientAccessApi.send(HttpRequest.newBuilder(
                        URI.create(urls.getBase() + "/realms/" + realm.getName() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return Tokens.claims(response.json().path("access_token").asText()).path("patients");
    }

    private List<String> tokenPatients(String email) {
        List<String> ids = new ArrayList<>();
        tokenClaim(email).forEach(patient -> ids.add(patient.path("id").asText()));
        return ids;
    }

    private JsonNode inToken(String email, String patientId) {
        for (JsonNode patient : tokenClaim(email)) {
            if (patient.path("id").asText().equals(patientId)) {
                return patient;
            }
        }
        throw new AssertionError(patientId + " is not in " + email + "'s token");
    }
}
