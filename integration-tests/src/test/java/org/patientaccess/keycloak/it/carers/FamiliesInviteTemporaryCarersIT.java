package org.patientaccess.keycloak.it.carers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
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
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.mail.Arrivals;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.oidc.BookingApp;
import org.patientaccess.keycloak.it.support.oidc.Tokens;
import org.patientaccess.keycloak.it.support.realm.Accounts;
import org.patientaccess.keycloak.it.support.realm.BookingClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * A patient's family invites a temporary carer from their account (the grandmother, for a few days):
 * BOOK only, until a day at most 90 days ahead, through the invitation flow staff use. The record's
 * other responsible accounts are told; the carer's access ends by itself on the day; the family and
 * staff can end it earlier. Only the patient of age, or a parent or guardian with MANAGE_PROFILE on a
 * minor, may invite, within the clinic's bounds.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class FamiliesInviteTemporaryCarersIT {

    private static final String LINK_MARKER = "/patient-access/invitation?token=";
    private static final String TEEN = "sofia.teen@family.test";

    /** A realm per test: each family starts with no carers and the clinic's default bounds. */
    @InjectRealm(config = BookingClinicRealm.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    private PatientAccessApi reception;
    private Arrivals arrivals;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        arrivals = new Arrivals(mail);
    }

    @AfterEach
    void backToNow() {
        timeOffSet.set(0);
    }

    @Test
    void aParentInvitesTheGrandmotherWhoBooksUntilTheLastDayAndNotAfter() throws Exception {
        Family family = minorWithTwoParents();
        LocalDate lastDay = today().plusDays(1);
        Set<String> received = arrivals.mark();

        ApiResponse invited = as(ClinicRealm.MOTHER).post(carers(family.motherGrant), Map.of("email", ClinicRealm.GRANDMOTHER, "until", lastDay.toString()));

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.json().path("until").asText()).isEqualTo(lastDay.toString());
        List<MimeMessage> mails = arrivals.awaitEach(received, ClinicRealm.GRANDMOTHER, ClinicRealm.FATHER, TEEN);
        MimeMessage invitation = Arrivals.to(mails, ClinicRealm.GRANDMOTHER);
        assertThat(invitation.getSubject()).isEqualTo("Book appointments for Sofia at Riverside Physiotherapy");
        assertThat(Mails.text(invitation)).contains("as caregiver").contains("you may book, and only book, until");
        MimeMessage toFather = Arrivals.to(mails, ClinicRealm.FATHER);
        assertThat(toFather.getSubject()).isEqualTo("A temporary carer was invited to book for Sofia at Riverside Physiotherapy");
        assertThat(Mails.text(toFather)).contains("Maria Garcia invited " + ClinicRealm.GRANDMOTHER).contains("as a temporary carer, until");
        MimeMessage toSofia = Arrivals.to(mails, TEEN);
        assertThat(toSofia.getSubject()).isEqualTo("A temporary carer was invited to book for Sofia at Riverside Physiotherapy");
        assertThat(arrivals.since(received)).as("the inviter is not told of their own invitation").noneMatch(m -> Arrivals.recipient(m).equals(ClinicRealm.MOTHER));

        try (Browser browser = new Browser()) {
            browser.open(Mails.link(invitation, LINK_MARKER).replace("&amp;", "&")).click("invitation-login")
                    .logIn(ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD).click("invitation-accept");
            assertThat(browser.text()).contains("You can now book for Sofia");
        }

        JsonNode carer = carerGrant(family.sofia);
        assertThat(carer.path("relationship").asText()).isEqualTo("CAREGIVER");
        assertThat(carer.path("permissions").toString()).isEqualTo("[\"BOOK\"]");
        assertThat(carer.path("origin").asText()).isEqualTo("FAMILY");
        assertThat(carer.path("createdBy").asText()).isEqualTo(userId(ClinicRealm.MOTHER));
        assertThat(carer.path("validUntil").asText()).isEqualTo(lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        JsonNode listed = as(ClinicRealm.MOTHER).get(carers(family.motherGrant)).json();
        assertThat(listed.path("invitations")).isEmpty();
        assertThat(listed.path("carers")).hasSize(1);
        assertThat(listed.path("carers").get(0).path("email").asText()).isEqualTo(ClinicRealm.GRANDMOTHER);
        assertThat(listed.path("carers").get(0).path("until").asText()).isEqualTo(lastDay.toString());

        BookingApp app = new BookingApp(urls.getBase(), realm.getName());
        try (Browser browser = new Browser()) {
            JsonNode patients = app.logIn(browser, ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD, "openid").accessTokenClaims().path("patients");
            assertThat(patients).hasSize(1);
            assertThat(patients.get(0).path("id").asText()).isEqualTo(family.sofia);
            assertThat(patients.get(0).path("permissions").toString()).isEqualTo("[\"BOOK\"]");
        }

        // The day after the last day: nothing changed in the database, the grant's own end removes Sofia.
        timeOffSet.set(2 * 24 * 60 * 60 + 60);
        try (Browser later = new Browser()) {
            Tokens tokens = app.logIn(later, ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD, "openid");
            assertThat(tokens.accessTokenClaims().path("patients")).isEmpty();
        }
        assertThat(as(ClinicRealm.MOTHER).get(carers(family.motherGrant)).json().path("carers")).isEmpty();
    }

    @Test
    void anAdultPatientInvitesForThemselfAndNoOneElseIsTold() throws Exception {
        String rosa = newPatient("Rosa", "1951-01-30");
        String own = grant(rosa, ClinicRealm.GRANDMOTHER, "SELF", null);
        Set<String> received = arrivals.mark();

        String neighbour = "neighbour." + System.nanoTime() + "@family.test";
        ApiResponse invited = as(ClinicRealm.GRANDMOTHER).post(carers(own), Map.of("email", neighbour, "until", today().plusDays(90).toString()));

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(arrivals.awaitEach(received, neighbour)).hasSize(1);
        assertThat(arrivals.since(received)).as("the record's own account invited: nobody else to tell").noneMatch(m -> Arrivals.recipient(m).equals(ClinicRealm.GRANDMOTHER));
        assertThat(as(ClinicRealm.GRANDMOTHER).get(carers(own)).json().path("invitations")).hasSize(1);
    }

    @Test
    void anAddressWithAnAccountAndOneWithoutAreAnsweredAlike() throws Exception {
        Family family = minorWithTwoParents();
        PatientAccessApi mother = as(ClinicRealm.MOTHER);
        String until = today().plusDays(7).toString();

        ApiResponse known = mother.post(carers(family.motherGrant), Map.of("email", ClinicRealm.GRANDMOTHER, "until", until));
        ApiResponse unknown = mother.post(carers(family.motherGrant), Map.of("email", "nobody." + System.nanoTime() + "@family.test", "until", until));

        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(201);
        assertThat(fieldNames(known.json())).isEqualTo(fieldNames(unknown.json()));
    }

    @Test
    void onlyThePatientOfAgeOrAParentWhoManagesTheProfileMayInviteAndOnlyToBookForAtMostNinetyDays() throws Exception {
        Family family = minorWithTwoParents();
        String until = today().plusDays(7).toString();
        Map<String, Object> carer = Map.of("email", ClinicRealm.GRANDMOTHER, "until", until);

        ApiResponse minor = as(TEEN).post(carers(family.teenGrant), carer);
        assertThat(minor.status()).as(minor.toString()).isEqualTo(403);
        assertThat(minor.json().path("errorMessage").asText()).contains("parent or guardian");

        ApiResponse withoutManageProfile = as(ClinicRealm.FATHER).post(carers(family.fatherGrant), carer);
        assertThat(withoutManageProfile.status()).as(withoutManageProfile.toString()).isEqualTo(403);
        assertThat(withoutManageProfile.json().path("errorMessage").asText()).contains("managing the patient's profile");
        assertThat(as(ClinicRealm.FATHER).get(carers(family.fatherGrant)).status()).isEqualTo(403);

        PatientAccessApi mother = as(ClinicRealm.MOTHER);
        ApiResponse tooLong = mother.post(carers(family.motherGrant), Map.of("email", ClinicRealm.GRANDMOTHER, "until", today().plusDays(91).toString()));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.json().path("field").asText()).isEqualTo("until");
        ApiResponse noEnd = mother.post(carers(family.motherGrant), Map.of("email", ClinicRealm.GRANDMOTHER));
        assertThat(noEnd.status()).as(noEnd.toString()).isEqualTo(400);
        assertThat(noEnd.json().path("field").asText()).isEqualTo("until");
        ApiResponse morePermissions = mother.post(carers(family.motherGrant), Map.of("email", ClinicRealm.GRANDMOTHER, "until", until,
                "permissions", List.of("BOOK", "VIEW")));
        assertThat(morePermissions.status()).as("permissions are not the family's to choose: " + morePermissions).isEqualTo(400);

        String otherFamilysGrant = grant(newPatient("Leo", "2015-05-05"), ClinicRealm.GRANDMOTHER, "PARENT",
                List.of("BOOK", "VIEW", "MANAGE_PROFILE"));
        assertThat(mother.post(carers(otherFamilysGrant), carer).status()).as("another family's grant id").isEqualTo(404);
        assertThat(mother.get(carers(otherFamilysGrant)).status()).isEqualTo(404);

        assertThat(reception.get("/" + family.sofia + "/invitations").json()).as("nothing was invited").isEmpty();
    }

    @Test
    void aRecordHasAtMostTheClinicsNumberOfTemporaryCarers() throws Exception {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.maxTemporaryCarersPerRecord", "2"));
        Family family = minorWithTwoParents();
        PatientAccessApi mother = as(ClinicRealm.MOTHER);
        String until = today().plusDays(7).toString();
        for (int i = 0; i < 2; i++) {
            ApiResponse invited = mother.post(carers(family.motherGrant), Map.of("email", "carer" + i + "." + System.nanoTime() + "@family.test", "until", until));
            assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        }

        ApiResponse refused = mother.post(carers(family.motherGrant), Map.of("email", "third." + System.nanoTime() + "@family.test", "until", until));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("field").asText()).isEqualTo("carers");
        assertThat(refused.json().path("errorMessage").asText()).contains("at most 2");
        assertThat(reception.get("/" + family.sofia + "/invitations").json()).hasSize(2);
    }

    @Test
    void invitationsSentAtTheSameMomentStayWithinTheRecordsBound() throws Exception {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.maxTemporaryCarersPerRecord", "2"));
        Family family = minorWithTwoParents();
        PatientAccessApi mother = as(ClinicRealm.MOTHER);
        String until = today().plusDays(7).toString();
        int burst = 8;
        CountDownLatch ready = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(burst);
        List<Future<ApiResponse>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < burst; i++) {
                Map<String, String> invitation = Map.of("email", "burst" + i + "." + System.nanoTime() + "@family.test", "until", until);
                answers.add(senders.submit(() -> {
                    ready.await();
                    return mother.post(carers(family.motherGrant), invitation);
                }));
            }
            ready.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS).status());
            }

            List<Integer> twoSentTheRestRefused = new ArrayList<>(List.of(201, 201));
            twoSentTheRestRefused.addAll(Collections.nCopies(burst - 2, 409));
            assertThat(statuses).as("answers to %d invitations at once", burst).containsExactlyInAnyOrderElementsOf(twoSentTheRestRefused);
        } finally {
            senders.shutdownNow();
        }
        assertThat(reception.get("/" + family.sofia + "/invitations").json()).hasSize(2);
    }

    @Test
    void anAccountHasAtMostTheClinicsNumberOfInvitationsWaitingOverAllItsRecords() throws Exception {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.maxCarerInvitationsPerAccount", "1"));
        Family family = minorWithTwoParents();
        String mateoGrant = grant(newPatient("Mateo", "2017-08-23"), ClinicRealm.MOTHER, "PARENT", List.of("BOOK", "VIEW", "MANAGE_PROFILE"));
        PatientAccessApi mother = as(ClinicRealm.MOTHER);
        String until = today().plusDays(7).toString();
        assertThat(mother.post(carers(family.motherGrant), Map.of("email", ClinicRealm.GRANDMOTHER, "until", until)).status()).isEqualTo(201);

        ApiResponse refused = mother.post(carers(mateoGrant), Map.of("email", ClinicRealm.GRANDMOTHER, "until", until));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("errorMessage").asText()).contains("at most 1");
    }

    @Test
    void theFamilyResendsWithdrawsAndEndsAndHistoryAndTheOtherParentSayWho() throws Exception {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.invitationResendIntervalSeconds", "1"));
        Family family = minorWithTwoParents();
        PatientAccessApi mother = as(ClinicRealm.MOTHER);
        String until = today().plusDays(14).toString();
        Set<String> received = arrivals.mark();
        String aunt = "aunt." + System.nanoTime() + "@family.test";
        String withdrawn = mother.post(carers(family.motherGrant), Map.of("email", aunt, "until", until)).json().path("invitationId").asText();
        arrivals.awaitEach(received, aunt, ClinicRealm.FATHER, TEEN);
        received = arrivals.mark();
        Thread.sleep(1_500);

        ApiResponse resent = mother.post(carers(family.motherGrant) + "/invitations/" + withdrawn + "/resend", Map.of());
        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(arrivals.awaitEach(received, aunt)).hasSize(1);
        assertThat(mother.delete(carers(family.motherGrant) + "/invitations/" + withdrawn).status()).isEqualTo(204);
        assertThat(mother.get(carers(family.motherGrant)).json().path("invitations")).isEmpty();

        String carerGrant = acceptedCarer(family, mother, until);
        received = arrivals.mark();
        assertThat(mother.delete(carers(family.motherGrant) + "/grants/" + carerGrant).status()).isEqualTo(204);

        assertThat(mother.get(carers(family.motherGrant)).json().path("carers")).isEmpty();
        List<MimeMessage> told = arrivals.awaitEach(received, ClinicRealm.FATHER, TEEN);
        assertThat(Arrivals.to(told, ClinicRealm.FATHER).getSubject()).isEqualTo("A temporary carer can no longer book for Sofia at Riverside Physiotherapy");
        assertThat(Arrivals.to(told, TEEN).getSubject()).isEqualTo("Someone can no longer book for you at Riverside Physiotherapy");
        JsonNode entries = reception.get("/" + family.sofia + "/history?max=100").json().path("entries");
        List<String> actions = actions(entries);
        assertThat(actions).containsSubsequence("GRANT_ENDED", "INVITATION_ACCEPTED", "CARER_INVITED", "INVITATION_WITHDRAWN",
                "INVITATION_RESENT", "CARER_INVITED");
        JsonNode ended = entries.get(actions.indexOf("GRANT_ENDED"));
        assertThat(ended.path("details").path("reason").asText()).isEqualTo("ENDED_BY_FAMILY");
        assertThat(ended.path("actor").path("username").asText()).isEqualTo(ClinicRealm.MOTHER);
        assertThat(entries.get(actions.indexOf("CARER_INVITED")).path("actor").path("username").asText()).isEqualTo(ClinicRealm.MOTHER);
    }

    @Test
    void staffSeeACarerInvitedByTheFamilyAndEndIt() throws Exception {
        Family family = minorWithTwoParents();
        PatientAccessApi mother = as(ClinicRealm.MOTHER);
        String until = today().plusDays(30).toString();
        Set<String> received = arrivals.mark();
        String pending = "pending." + System.nanoTime() + "@family.test";
        mother.post(carers(family.motherGrant), Map.of("email", pending, "until", until));
        arrivals.awaitEach(received, pending, ClinicRealm.FATHER, TEEN);

        JsonNode invitation = reception.get("/" + family.sofia + "/invitations").json().get(0);
        assertThat(invitation.path("origin").asText()).isEqualTo("FAMILY");
        assertThat(invitation.path("createdBy").asText()).isEqualTo(userId(ClinicRealm.MOTHER));
        assertThat(invitation.path("accessUntil").asText()).isEqualTo(LocalDate.parse(until).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        assertThat(invitation.path("permissions").toString()).isEqualTo("[\"BOOK\"]");

        String carerGrant = acceptedCarer(family, mother, until);
        ApiResponse ended = reception.delete("/" + family.sofia + "/accounts/" + carerGrant);

        assertThat(ended.status()).as(ended.toString()).isEqualTo(204);
        assertThat(mother.get(carers(family.motherGrant)).json().path("carers")).isEmpty();
        assertThat(as(ClinicRealm.GRANDMOTHER).get("/patients").json()).isEmpty();
    }

    /** The grandmother accepts an invitation the mother sends: her grant's id. */
    private String acceptedCarer(Family family, PatientAccessApi mother, String until) throws Exception {
        Set<String> received = arrivals.mark();
        assertThat(mother.post(carers(family.motherGrant), Map.of("email", ClinicRealm.GRANDMOTHER, "until", until)).status()).isEqualTo(201);
        MimeMessage invitation = Arrivals.to(arrivals.awaitEach(received, ClinicRealm.GRANDMOTHER, ClinicRealm.FATHER, TEEN), ClinicRealm.GRANDMOTHER);
        try (Browser browser = new Browser()) {
            browser.open(Mails.link(invitation, LINK_MARKER).replace("&amp;", "&")).click("invitation-login")
                    .logIn(ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD).click("invitation-accept");
        }
        // Sofia's own account is told that the grandmother can now book for her.
        arrivals.awaitEach(received, ClinicRealm.GRANDMOTHER, ClinicRealm.FATHER, TEEN, TEEN);
        return carerGrant(family.sofia).path("id").asText();
    }

    /** Sofia, 14, with her own account; her mother (who manages her profile) and her father (who does not). */
    private Family minorWithTwoParents() throws InterruptedException {
        Accounts.account(realm, TEEN, "Sofia", "Garcia", "2012-03-09", ClinicRealm.PASSWORD);
        String sofia = newPatient("Sofia", today().minusYears(14).toString());
        Set<String> before = arrivals.mark();
        Family family = new Family(sofia,
                grant(sofia, TEEN, "SELF", null),
                grant(sofia, ClinicRealm.MOTHER, "PARENT", List.of("BOOK", "VIEW", "MANAGE_PROFILE")),
                grant(sofia, ClinicRealm.FATHER, "PARENT", null));
        // Sofia's own account is told of each parent's access once it commits: in before the family acts.
        arrivals.awaitEach(before, TEEN, TEEN);
        return family;
    }

    private record Family(String sofia, String teenGrant, String motherGrant, String fatherGrant) {
    }

    private JsonNode carerGrant(String patientId) {
        for (JsonNode grant : reception.get("/" + patientId + "/accounts").json()) {
            if ("CAREGIVER".equals(grant.path("relationship").asText())) {
                return grant;
            }
        }
        throw new AssertionError("no carer's grant on " + patientId);
    }

    private static String carers(String grantId) {
        return "/patients/" + grantId + "/carers";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private PatientAccessApi as(String username) {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, username, ClinicRealm.PASSWORD);
    }

    private String userId(String username) {
        return realm.admin().users().search(username, true).get(0).getId();
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

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> actions(JsonNode entries) {
        List<String> actions = new java.util.ArrayList<>();
        entries.forEach(entry -> actions.add(entry.path("action").asText()));
        return actions;
    }
}
