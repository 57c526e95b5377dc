package org.patientaccess.keycloak.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invitationLink;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invite;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.nextMail;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

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
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;

/**
 * Two requests on one invitation (or one grant) at the same moment, over HTTP against the real
 * server, several times: afterwards the API shows exactly one of the two outcomes, never a mix
 * written back from a stale copy.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ConcurrentInvitationChangesHaveOneOutcomeIT {

    private static final int ROUNDS = 5;
    private static final String NO_LONGER_VALID = "This invitation is no longer valid";

    @InjectRealm(config = InvitingClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void anAcceptAndAResendAtTheSameMomentEndWithOneOfThem() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Invited invited = inviteTheMother();
            try (Browser browser = atTheAcceptButton(invited.link())) {
                waitForTheResendInterval();
                int mailsBefore = mail.getReceivedMessages().length;

                Pair<Browser, ApiResponse> both = atTheSameMoment(() -> browser.click("invitation-accept"),
                        () -> reception.post(invited.path() + "/resend", PatientAccessApi.JSON, ""));

                JsonNode invitation = invitation(invited);
                JsonNode grants = reception.get("/" + invited.patientId() + "/accounts").json();
                ApiResponse resend = both.second();
                assertThat(pageOf(invited.link())).as("the old link").contains(NO_LONGER_VALID);
                switch (invitation.path("status").asText()) {
                    case "ACCEPTED" -> {
                        assertThat(resend.status()).as(resend.toString()).isEqualTo(409);
                        assertThat(resend.json().path("errorMessage").asText()).contains("accepted");
                        assertThat(grants).hasSize(1);
                        assertThat(grants.get(0).path("id").asText()).isEqualTo(invitation.path("grantId").asText());
                        assertThat(mail.getReceivedMessages()).as("no new link was sent").hasSize(mailsBefore);
                    }
                    case "PENDING" -> {
                        assertThat(resend.status()).as(resend.toString()).isEqualTo(200);
                        assertThat(browser.text()).contains(NO_LONGER_VALID);
                        assertThat(grants).as("no grant for a pending invitation").isEmpty();
                        assertThat(invitation.path("sendCount").asInt()).isEqualTo(2);
                        assertThat(pageOf(invitationLink(nextMail(mail, mailsBefore)))).as("the new link").contains("invites you to book");
                    }
                    default -> fail("neither outcome: " + invitation + ", resend " + resend + ", grants " + grants);
                }
            }
        }
    }

    @Test
    void anAcceptAndADeleteAtTheSameMomentEndWithOneOfThem() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Invited invited = inviteTheMother();
            try (Browser browser = atTheAcceptButton(invited.link())) {
                Pair<Browser, ApiResponse> both = atTheSameMoment(() -> browser.click("invitation-accept"),
                        () -> reception.delete(invited.path()));

                JsonNode invitation = invitation(invited);
                JsonNode grants = reception.get("/" + invited.patientId() + "/accounts").json();
                ApiResponse delete = both.second();
                assertThat(pageOf(invited.link())).contains(NO_LONGER_VALID);
                switch (invitation.path("status").asText()) {
                    case "ACCEPTED" -> {
                        assertThat(delete.status()).as(delete.toString()).isEqualTo(409);
                        assertThat(delete.json().path("errorMessage").asText()).contains("accepted");
                        assertThat(grants).hasSize(1);
                        assertThat(grants.get(0).path("id").asText()).isEqualTo(invitation.path("grantId").asText());
                    }
                    case "REVOKED" -> {
                        assertThat(delete.status()).as(delete.toString()).isEqualTo(204);
                        assertThat(browser.text()).contains(NO_LONGER_VALID);
                        assertThat(grants).as("no grant for a withdrawn invitation").isEmpty();
                    }
                    default -> fail("neither outcome: " + invitation + ", delete " + delete + ", grants " + grants);
                }
            }
        }
    }

    @Test
    void aResendAndADeleteAtTheSameMomentLeaveTheInvitationWithdrawn() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Invited invited = inviteTheMother();
            waitForTheResendInterval();
            int mailsBefore = mail.getReceivedMessages().length;

            Pair<ApiResponse, ApiResponse> both = atTheSameMoment(
                    () -> reception.post(invited.path() + "/resend", PatientAccessApi.JSON, ""),
                    () -> reception.delete(invited.path()));

            ApiResponse resend = both.first();
            assertThat(both.second().status()).as(both.second().toString()).isEqualTo(204);
            assertThat(invitation(invited).path("status").asText()).isEqualTo("REVOKED");
            assertThat(pageOf(invited.link())).contains(NO_LONGER_VALID);
            if (resend.status() == 200) {
                assertThat(pageOf(invitationLink(nextMail(mail, mailsBefore)))).as("the resent link").contains(NO_LONGER_VALID);
            } else {
                assertThat(resend.status()).as(resend.toString()).isEqualTo(409);
                assertThat(resend.json().path("errorMessage").asText()).contains("revoked");
            }
        }
    }

    @Test
    void aGrantChangedAndEndedAtTheSameMomentIsNeverEndedAndActive() {
        for (int round = 0; round < ROUNDS * 2; round++) {
            String patientId = newPatient();
            String grantPath = "/" + patientId + "/accounts/"
                    + reception.post("/" + patientId + "/accounts", Map.of("email", ClinicRealm.FATHER, "relationship", "PARENT"))
                            .json().path("id").asText();

            Pair<ApiResponse, ApiResponse> both = atTheSameMoment(
                    () -> reception.put(grantPath, Map.of("relationship", "GUARDIAN", "permissions", List.of("BOOK", "VIEW"))),
                    () -> reception.delete(grantPath));

            ApiResponse change = both.first();
            ApiResponse end = both.second();
            JsonNode grant = reception.get("/" + patientId + "/accounts?includeEnded=true").json().get(0);
            if (end.status() == 204) {
                assertThat(grant.path("status").asText()).as("ended, whatever the change did: " + change).isEqualTo("REVOKED");
                assertThat(change.status()).as(change.toString()).isIn(200, 409);
            } else {
                assertThat(end.status()).as(end.toString()).isEqualTo(409);
                assertThat(change.status()).as(change.toString()).isEqualTo(200);
                assertThat(grant.path("status").asText()).isEqualTo("ACTIVE");
                assertThat(grant.path("relationship").asText()).isEqualTo("GUARDIAN");
            }
        }
    }

    private record Invited(String patientId, String invitationId, String link) {
        String path() {
            return "/" + patientId + "/invitations/" + invitationId;
        }
    }

    private record Pair<A, B>(A first, B second) {
    }

    private Invited inviteTheMother() throws Exception {
        String patientId = newPatient();
        int received = mail.getReceivedMessages().length;
        ApiResponse invited = invite(reception, patientId, ClinicRealm.MOTHER, "PARENT");
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        return new Invited(patientId, invited.json().path("id").asText(), invitationLink(nextMail(mail, received)));
    }

    private static Browser atTheAcceptButton(String link) {
        Browser browser = new Browser();
        browser.open(link).click("invitation-login").logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
        assertThat(browser.has("invitation-accept")).as(browser.text()).isTrue();
        return browser;
    }

    /** Both requests wait at one gate, each on its own thread, and leave it together. */
    private static <A, B> Pair<A, B> atTheSameMoment(Supplier<A> first, Supplier<B> second) {
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<A> one = CompletableFuture.supplyAsync(() -> afterGate(gate, first), threads);
            CompletableFuture<B> two = CompletableFuture.supplyAsync(() -> afterGate(gate, second), threads);
            gate.countDown();
            return new Pair<>(one.join(), two.join());
        } finally {
            threads.shutdown();
        }
    }

    private static <T> T afterGate(CountDownLatch gate, Supplier<T> action) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return action.get();
    }

    private static void waitForTheResendInterval() throws InterruptedException {
        Thread.sleep(InvitingClinicRealm.RESEND_INTERVAL_SECONDS * 1000L + 200);
    }

    private JsonNode invitation(Invited invited) {
        JsonNode all = reception.get("/" + invited.patientId() + "/invitations").json();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static String pageOf(String link) {
        try (Browser browser = new Browser()) {
            return browser.open(link).text();
        }
    }

    private String newPatient() {
        return reception.create(patient(null, "Ana", uniqueSurname("Garcia"), "2015-05-05", null, null)).path("id").asText();
    }
}
