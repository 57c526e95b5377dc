package org.patientaccess.keycloak.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.cluster.ClusterDatabase;
import org.patientaccess.keycloak.it.support.cluster.ClusterExtension;
import org.patientaccess.keycloak.it.support.cluster.ClusterRealm;
import org.patientaccess.keycloak.it.support.cluster.TwoNodeCluster;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;

/**
 * Accepts and merges in flight on node B when B is killed ({@code kill -9}): each is then either done
 * whole or not at all in the database, and finishes when retried on node A.
 */
@ExtendWith(ClusterExtension.class)
class ANodeKilledMidFlowLeavesNothingHalfWrittenClusterIT {

    private static final int FLOWS = 3;

    private record Accept(String patientId, String link, Browser browser) {
    }

    private record Merge(String survivor, String duplicate) {
    }

    @Test
    void acceptsAndMergesCutShortByAKilledNodeAreWholeOrAbsentAndFinishOnTheOtherNode() throws Exception {
        TwoNodeCluster cluster = TwoNodeCluster.running();
        ClusterRealm realm = cluster.newRealm(new InvitingClinicRealm(), "killed");
        PatientAccessApi onA = realm.receptionOn(cluster.a());
        PatientAccessApi onB = realm.receptionOn(cluster.b());
        List<Accept> accepts = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        for (int i = 0; i < FLOWS; i++) {
            String patientId = newPatient(onA, uniqueSurname("Garcia"));
            String link = invite(cluster, onA, patientId);
            Browser browser = cluster.browserOn(cluster.b());
            browser.open(link).click("invitation-login").logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
            assertThat(browser.has("invitation-accept")).as(browser.text()).isTrue();
            accepts.add(new Accept(patientId, link, browser));
            String surname = uniqueSurname("Martin");
            Merge merge = new Merge(newPatient(onA, surname), newPatient(onA, surname));
            assertThat(onA.post("/" + merge.duplicate() + "/accounts", Map.of("email", ClinicRealm.FATHER, "relationship", "PARENT")).status())
                    .isEqualTo(201);
            merges.add(merge);
        }

        ExecutorService threads = Executors.newFixedThreadPool(FLOWS * 2);
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (int i = 0; i < FLOWS; i++) {
            Accept accept = accepts.get(i);
            Merge merge = merges.get(i);
            inFlight.add(CompletableFuture.runAsync(() -> accept.browser().click("invitation-accept"), threads));
            inFlight.add(CompletableFuture.runAsync(() -> onB.post("/" + merge.survivor() + "/merge", Map.of("mergedId", merge.duplicate())), threads));
        }
        Thread.sleep(150);
        cluster.b().kill();
        for (CompletableFuture<?> flow : inFlight) {
            flow.handle((done, failure) -> null).join();
        }
        threads.shutdown();
        threads.awaitTermination(30, TimeUnit.SECONDS);
        accepts.forEach(accept -> accept.browser().close());

        ClusterDatabase database = cluster.database();
        for (Accept accept : accepts) {
            JsonNode invitation = onA.get("/" + accept.patientId() + "/invitations").json().get(0);
            long grants = database.number("SELECT count(*) FROM pa_access_grant WHERE patient_id = ?", accept.patientId());
            switch (invitation.path("status").asText()) {
                case "ACCEPTED" -> assertThat(grants).as("an accepted invitation's grant").isEqualTo(1);
                case "PENDING" -> {
                    assertThat(grants).as("no grant of a pending invitation").isZero();
                    try (Browser retry = cluster.browserOn(cluster.a())) {
                        retry.open(accept.link()).click("invitation-login")
                                .logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD).click("invitation-accept");
                    }
                }
                default -> throw new AssertionError("neither accepted nor pending: " + invitation);
            }
            assertThat(onA.get("/" + accept.patientId() + "/accounts").json()).as("one grant after the retry").hasSize(1);
        }
        for (Merge merge : merges) {
            long merged = database.number("SELECT count(*) FROM pa_patient_merge WHERE merged_id = ?", merge.duplicate());
            long survivorGrants = database.number("SELECT count(*) FROM pa_access_grant WHERE patient_id = ? AND revoked_at IS NULL", merge.survivor());
            long duplicateGrants = database.number("SELECT count(*) FROM pa_access_grant WHERE patient_id = ? AND revoked_at IS NULL", merge.duplicate());
            if (merged == 1) {
                assertThat(survivorGrants + duplicateGrants).as("the grant moved whole").isEqualTo(1);
                assertThat(survivorGrants).as("the grant is the survivor's").isEqualTo(1);
            } else {
                assertThat(merged).isZero();
                assertThat(duplicateGrants).as("nothing of the merge was written").isEqualTo(1);
                assertThat(survivorGrants).isZero();
                ApiResponse retried = onA.post("/" + merge.survivor() + "/merge", Map.of("mergedId", merge.duplicate()));
                assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
            }
            assertThat(onA.get("/" + merge.duplicate()).json().path("id").asText()).as("the old id forwards").isEqualTo(merge.survivor());
        }

        cluster.restart(cluster.b());
    }

    private static String newPatient(PatientAccessApi reception, String surname) {
        return reception.create(patient(null, "Ana", surname, "2015-05-05", null, null)).path("id").asText();
    }

    private static String invite(TwoNodeCluster cluster, PatientAccessApi reception, String patientId) throws Exception {
        Inbox inbox = new Inbox(cluster.mail());
        int mark = inbox.mark();
        ApiResponse invited = reception.post("/" + patientId + "/invitations", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        inbox.awaitTo(ClinicRealm.MOTHER, mark);
        return Mails.link(inbox.lastTo(ClinicRealm.MOTHER), "/patient-access/invitation?token=").replace("&amp;", "&");
    }
}
