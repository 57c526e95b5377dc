package org.patientaccess.keycloak.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.lifecycle.ComingOfAge.today;

import java.net.URI;
import java.net.http.HttpRequest;
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
import org.patientaccess.keycloak.it.support.oidc.Tokens;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * The realm's age bands on their day: the daily run narrows or suspends the parents' and guardians'
 * grants, tokens show it at once, History says it, both sides are told 30 days before, continued
 * guardianship overrides, and nothing ever widens when the clinic changes its bands later.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class GuardiansAccessFollowsTheClinicsAgeBandsIT {

    private static final int ONE_DAY = 24 * 60 * 60;
    private static final String AGE_BANDS = "patientAccess.ageBands";
    private static final List<String> ALL = List.of("BOOK", "MANAGE_PROFILE", "VIEW");

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
        offerPatientsScopeToAdminCli();
    }

    @AfterEach
    void backToToday() {
        timeOffSet.set(0);
    }

    @Test
    void underAdolescentConfidentialityAParentKeepsOnlyBookingFromTheTwelfthBirthday() {
        bands("adolescent-confidentiality");
        String lucia = comingOfAge.newPatient(reception, "Lucia", birthDateTurning(12, today().plusDays(1)));
        String mothers = grant(lucia, ClinicRealm.MOTHER, "PARENT");
        String grandmothers = grant(lucia, ClinicRealm.GRANDMOTHER, "CAREGIVER");
        assertThat(comingOfAge.runNow().path("grantsNarrowed").asInt()).as("not yet: the day is tomorrow").isZero();

        moveTo(today().plusDays(1));
        JsonNode run = comingOfAge.runNow();
        JsonNode again = comingOfAge.runNow();

        assertThat(run.path("grantsNarrowed").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(again.path("grantsNarrowed").asInt()).as("nothing twice").isZero();
        assertThat(permissionsOf(lucia, mothers)).containsExactly("BOOK");
        assertThat(permissionsOf(lucia, grandmothers)).as("a caregiver is no guardian").isEqualTo(ALL);
        assertThat(inToken(ClinicRealm.MOTHER, lucia).path("permissions")).extracting(JsonNode::asText).containsExactly("BOOK");
        JsonNode narrowed = historyEntry(lucia, "GRANT_NARROWED");
        assertThat(narrowed.path("details").path("grantId").asText()).isEqualTo(mothers);
        assertThat(narrowed.path("details").path("reason").asText()).isEqualTo("AGE_BAND");
        assertThat(narrowed.path("details").path("permissionsBefore").asText()).isEqualTo("BOOK,VIEW,MANAGE_PROFILE");
        assertThat(narrowed.path("details").path("permissionsAfter").asText()).isEqualTo("BOOK");
        assertThat(narrowed.path("actor").isMissingNode()).as("the rule, nobody's decision").isTrue();
        PatientAccessApi mother = person(ClinicRealm.MOTHER);
        JsonNode asMotherSeesIt = mine(mother, mothers);
        assertThat(asMotherSeesIt.path("permissions")).extracting(JsonNode::asText).containsExactly("BOOK");
        assertThat(asMotherSeesIt.path("withheld")).extracting(JsonNode::asText).containsExactly("MANAGE_PROFILE", "VIEW");
        assertThat(asMotherSeesIt.path("suspended").asBoolean()).isFalse();
        ApiResponse correction = mother.put("/patients/" + mothers + "/contact", Map.of("email", "", "phone", ""));
        assertThat(correction.status()).as("managing the profile was withheld").isEqualTo(403);
    }

    @Test
    void underReviewAtThirteenSuspendAtSixteenTheGrantIsSuspendedOnTheSixteenthBirthdayAndLeavesTheToken() {
        bands("review-13-suspend-16");
        String diego = comingOfAge.newPatient(reception, "Diego", birthDateTurning(16, today().plusDays(1)));
        String thirteen = comingOfAge.newPatient(reception, "Irene", birthDateTurning(13, today().plusDays(1)));
        String fathers = grant(diego, ClinicRealm.FATHER, "GUARDIAN");
        String mothers = grant(thirteen, ClinicRealm.MOTHER, "PARENT");
        assertThat(tokenPatients(ClinicRealm.FATHER)).contains(diego);

        moveTo(today().plusDays(1));
        comingOfAge.runNow();

        assertThat(permissionsOf(diego, fathers)).as("suspended: still there, carrying nothing").isEmpty();
        assertThat(tokenPatients(ClinicRealm.FATHER)).doesNotContain(diego);
        JsonNode asFatherSeesIt = mine(person(ClinicRealm.FATHER), fathers);
        assertThat(asFatherSeesIt.path("suspended").asBoolean()).as("Family & access still lists it, as suspended").isTrue();
        assertThat(asFatherSeesIt.path("withheld")).extracting(JsonNode::asText).containsExactly("BOOK", "MANAGE_PROFILE", "VIEW");
        assertThat(historyEntry(diego, "GRANT_SUSPENDED").path("details").path("permissionsAfter").asText()).isEqualTo("NONE");
        assertThat(permissionsOf(thirteen, mothers)).as("a review takes nothing by itself").isEqualTo(ALL);
        assertThat(actions(thirteen)).doesNotContain("GRANT_NARROWED", "GRANT_SUSPENDED");
    }

    @Test
    void underMajorityOnlyNothingChangesOnABirthday() {
        bands("majority-only");
        String pablo = comingOfAge.newPatient(reception, "Pablo", birthDateTurning(12, today().plusDays(1)));
        String mothers = grant(pablo, ClinicRealm.MOTHER, "PARENT");

        moveTo(today().plusDays(1));
        comingOfAge.runNow();

        assertThat(permissionsOf(pablo, mothers)).isEqualTo(ALL);
        assertThat(actions(pablo)).doesNotContain("GRANT_NARROWED", "GRANT_SUSPENDED", "AGE_BAND_NOTICE_SENT");
    }

    @Test
    void guardiansAndTheYoungPersonAreToldThirtyDaysBeforeInTheirLanguage() throws Exception {
        bands("adolescent-confidentiality");
        String elena = comingOfAge.newPatient(reception, "Elena", birthDateTurning(12, today().plusDays(30)));
        grant(elena, ClinicRealm.MOTHER, "PARENT");
        grant(elena, ClinicRealm.FATHER, "GUARDIAN");
        grant(elena, ClinicRealm.GRANDMOTHER, "SELF");
        speaksFrench(ClinicRealm.FATHER);
        int mark = inbox.mark();

        comingOfAge.runNow();

        inbox.awaitTo(ClinicRealm.GRANDMOTHER, mark);
        inbox.awaitTo(ClinicRealm.FATHER, mark);
        MimeMessage toMother = inbox.lastTo(ClinicRealm.MOTHER);
        assertThat(toMother.getSubject()).startsWith("A change to your access to a record at");
        assertThat(Mails.text(toMother)).contains("Hello Maria").contains("Elena turns 12 on")
                .contains(String.valueOf(today().plusDays(30).getYear())).contains("you can only book appointments for Elena");
        assertThat(Mails.html(toMother)).contains("Elena turns 12 on");
        MimeMessage toFather = inbox.lastTo(ClinicRealm.FATHER);
        assertThat(toFather.getSubject()).startsWith("Un changement de votre accès à un dossier chez");
        assertThat(Mails.text(toFather)).contains("Elena aura 12 ans le").contains("prendre des rendez-vous");
        MimeMessage toElena = inbox.lastTo(ClinicRealm.GRANDMOTHER);
        assertThat(toElena.getSubject()).startsWith("A change to who acts for you at");
        assertThat(Mails.text(toElena)).contains("You turn 12 on").contains("can only book appointments for you");
        assertThat(actions(elena)).containsOnlyOnce("AGE_BAND_NOTICE_SENT");

        comingOfAge.runNow();
        assertThat(actions(elena)).as("told once").containsOnlyOnce("AGE_BAND_NOTICE_SENT");
        JsonNode list = comingOfAge.list(comingOfAge.auditor()).get("?kind=age-band&days=30&max=100").json();
        assertThat(list.path("ageBands").path("setting").asText()).isEqualTo("adolescent-confidentiality");
        assertThat(list.path("ageBands").path("understood").asBoolean()).isTrue();
        JsonNode entry = entryOf(list, elena);
        assertThat(entry.path("day").asText()).isEqualTo(today().plusDays(30).toString());
        assertThat(entry.path("ageBand").path("band").path("kind").asText()).isEqualTo("NARROW");
        assertThat(entry.path("ageBand").path("band").path("carries")).extracting(JsonNode::asText).containsExactly("BOOK");
        assertThat(entry.path("ageBand").path("noticeSentAt").asText()).isNotEmpty();
    }

    @Test
    void continuedGuardianshipKeepsEverythingAndNobodyIsTold() {
        bands("adolescent-confidentiality");
        String ana = comingOfAge.newPatient(reception, "Ana", birthDateTurning(12, today().plusDays(1)));
        String mothers = grant(ana, ClinicRealm.MOTHER, "PARENT");
        assertThat(reception.put("/" + ana + "/coming-of-age/continued-guardianship", Map.of("reason", "Care plan")).status()).isEqualTo(200);
        comingOfAge.runNow();

        moveTo(today().plusDays(1));
        comingOfAge.runNow();

        assertThat(permissionsOf(ana, mothers)).isEqualTo(ALL);
        assertThat(actions(ana)).doesNotContain("GRANT_NARROWED", "AGE_BAND_NOTICE_SENT");
    }

    @Test
    void bandsTheClinicWidensAfterANarrowingGiveNothingBackButStaffCan() {
        bands("adolescent-confidentiality");
        LocalDate twelfth = today().plusDays(1);
        String hugo = comingOfAge.newPatient(reception, "Hugo", birthDateTurning(12, twelfth));
        String mothers = grant(hugo, ClinicRealm.MOTHER, "PARENT");
        moveTo(twelfth);
        comingOfAge.runNow();
        assertThat(permissionsOf(hugo, mothers)).containsExactly("BOOK");
        timeOffSet.set(0);

        bands("12=BOOK+VIEW+MANAGE_PROFILE; 14=BOOK+VIEW");
        moveTo(twelfth.plusYears(2));
        comingOfAge.runNow();

        assertThat(permissionsOf(hugo, mothers)).as("a wider band is no decision").containsExactly("BOOK");
        assertThat(inToken(ClinicRealm.MOTHER, hugo).path("permissions")).extracting(JsonNode::asText).containsExactly("BOOK");
        ApiResponse changed = reception.put("/" + hugo + "/accounts/" + mothers,
                Map.of("relationship", "PARENT", "permissions", List.of("BOOK", "VIEW")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(permissionsOf(hugo, mothers)).as("staff decided").containsExactly("BOOK", "VIEW");
    }

    @Test
    void aSettingTheClinicMistypedIsShownAsNotUnderstoodAndChangesNothing() {
        bands("12=EVERYTHING");
        String marta = comingOfAge.newPatient(reception, "Marta", birthDateTurning(12, today().plusDays(1)));
        String mothers = grant(marta, ClinicRealm.MOTHER, "PARENT");

        JsonNode page = comingOfAge.list(reception).get("?days=30").json();
        moveTo(today().plusDays(1));
        comingOfAge.runNow();

        assertThat(page.path("ageBands").path("understood").asBoolean()).isFalse();
        assertThat(page.path("ageBands").path("setting").asText()).isEqualTo("12=EVERYTHING");
        assertThat(page.path("ageBands").path("bands")).isEmpty();
        assertThat(permissionsOf(marta, mothers)).isEqualTo(ALL);
    }

    /** The birth date of someone who reaches {@code age} on {@code day}. */
    private static String birthDateTurning(int age, LocalDate day) {
        return day.minusYears(age).toString();
    }

    private void bands(String setting) {
        realm.updateWithCleanup(r -> r.attribute(AGE_BANDS, setting));
    }

    /** Keycloak's clock a minute into {@code day}; staff sign in again, as their token would have expired. */
    private void moveTo(LocalDate day) {
        timeOffSet.set((int) (ChronoUnit.DAYS.between(today(), day) * ONE_DAY + 60));
        reception = comingOfAge.reception();
    }

    private String grant(String patientId, String email, String relationship) {
        ApiResponse created = reception.post("/" + patientId + "/accounts", Map.of("email", email, "relationship", relationship, "permissions", ALL));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private List<String> permissionsOf(String patientId, String grantId) {
        for (JsonNode grant : reception.get("/" + patientId + "/accounts").json()) {
            if (grant.path("id").asText().equals(grantId)) {
                List<String> permissions = new ArrayList<>();
                grant.path("permissions").forEach(permission -> permissions.add(permission.asText()));
                return permissions;
            }
        }
        throw new AssertionError("grant " + grantId + " is not active on " + patientId);
    }

    /** Before any move of the clock: the admin client's token would look expired to a server days ahead. */
    private void offerPatientsScopeToAdminCli() {
        PatientAccessApi.offerPatientAccessScope(realm.admin(), "admin-cli");
        String scopeId = realm.admin().clientScopes().findAll().stream().filter(scope -> "patients".equals(scope.getName()))
                .findFirst().orElseThrow().getId();
        ClientResource adminCli = realm.admin().clients().get(realm.admin().clients().findByClientId("admin-cli").get(0).getId());
        if (adminCli.getOptionalClientScopes().stream().noneMatch(scope -> scope.getId().equals(scopeId))) {
            adminCli.addOptionalClientScope(scopeId);
        }
    }

    /**
     * A fresh token response of the account from the realm's admin-cli client, with the {@code patients}
     * claim and the person's API's audience; read without the admin API, which the clock moved ahead
     * would refuse.
     */
    private JsonNode signIn(String email) {
        PersonalData.used(email);
        String scope = "openid patients " + PatientAccessApi.PATIENT_ACCESS_SCOPE;
        String form = "grant_type=password&client_id=admin-cli&scope=" + PatientAccessApi.encode(scope)
                + "&username=" + PatientAccessApi.encode(email) + "&password=" + PatientAccessApi.encode(ClinicRealm.PASSWORD);
        ApiResponse response = PatientAccessApi.send(HttpRequest.newBuilder(
                        URI.create(urls.getBase() + "/realms/" + realm.getName() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.status() != 200) {
            throw new AssertionError("the sign-in of a realm user was refused: " + response + "; " + lockoutOf(email));
        }
        return response.json();
    }

    /**
     * What Keycloak's brute-force detection holds on the account: once in CI a sign-in here was refused
     * as if the password were wrong, which a lockout also answers. Read on today's clock: the admin
     * API refuses the framework's token on a clock moved ahead.
     */
    private String lockoutOf(String email) {
        try {
            timeOffSet.set(0);
            String userId = realm.admin().users().searchByEmail(email, true).get(0).getId();
            return "brute-force status " + realm.admin().attackDetection().bruteForceUserStatus(userId);
        } catch (RuntimeException unreadable) {
            return "brute-force status unreadable: " + unreadable;
        }
    }

    /** The {@code patients} claim of a fresh token of the account. */
    private JsonNode tokenClaim(String email) {
        // Keycloak gives admin-cli lightweight access tokens, without mappers' claims: its ID token carries the same list.
        return Tokens.claims(signIn(email).path("id_token").asText()).path("patients");
    }

    /** The person's API ({@code /patient-access/me}) as the account. */
    private PatientAccessApi person(String email) {
        return PatientAccessApi.withToken(urls.getBase(), realm.getName(), signIn(email).path("access_token").asText()).me();
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

    /** The holder's own view of a grant they hold (the person's API, what Family & access shows). */
    private static JsonNode mine(PatientAccessApi person, String grantId) {
        for (JsonNode patient : person.get("/patients").json()) {
            if (patient.path("grantId").asText().equals(grantId)) {
                return patient;
            }
        }
        throw new AssertionError("grant " + grantId + " is not among the person's patients");
    }

    private JsonNode historyEntry(String patientId, String action) {
        for (JsonNode entry : reception.get("/" + patientId + "/history?max=100").json().path("entries")) {
            if (entry.path("action").asText().equals(action)) {
                return entry;
            }
        }
        throw new AssertionError("no " + action + " in the history of " + patientId);
    }

    private List<String> actions(String patientId) {
        List<String> actions = new ArrayList<>();
        reception.get("/" + patientId + "/history?max=100").json().path("entries").forEach(entry -> actions.add(entry.path("action").asText()));
        return actions;
    }

    private static JsonNode entryOf(JsonNode page, String patientId) {
        for (JsonNode entry : page.path("entries")) {
            if (entry.path("patient").path("id").asText().equals(patientId)) {
                return entry;
            }
        }
        throw new AssertionError(patientId + " is not in the list");
    }

    private void speaksFrench(String email) {
        UserRepresentation user = realm.admin().users().searchByEmail(email, true).get(0);
        user.singleAttribute("locale", "fr");
        realm.admin().users().get(user.getId()).update(user);
    }
}
