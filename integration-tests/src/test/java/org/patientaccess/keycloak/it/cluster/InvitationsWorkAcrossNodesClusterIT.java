package org.patientaccess.keycloak.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.cluster.AtTheSameMoment;
import org.patientaccess.keycloak.it.support.cluster.ClusterExtension;
import org.patientaccess.keycloak.it.support.cluster.ClusterNode;
import org.patientaccess.keycloak.it.support.cluster.ClusterRealm;
import org.patientaccess.keycloak.it.support.cluster.TwoNodeCluster;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;

/** An invitation made on one node and answered on the other, and one link accepted on both at once. */
@ExtendWith(ClusterExtension.class)
class InvitationsWorkAcrossNodesClusterIT {

    private static final String LINK_MARKER = "/patient-access/invitation?token=";
    private static final int ROUNDS = 3;

    private static TwoNodeCluster cluster;
    private static ClusterRealm realm;

    @BeforeAll
    static void realm() {
        cluster = TwoNodeCluster.running();
        realm = cluster.newRealm(new InvitingClinicRealm(), "inviting");
    }

    @Test
    void anInvitationCreatedOnOneNodeIsAcceptedOnTheOther() throws Exception {
        PatientAccessApi receptionOnA = realm.receptionOn(cluster.a());
        String patientId = newPatient(receptionOnA);
        String link = invite(receptionOnA, patientId);

        try (Browser browser = atTheAcceptButton(link, cluster.b())) {
            browser.click("invitation-accept");
        }

        PatientAccessApi receptionOnB = realm.receptionOn(cluster.b());
        for (PatientAccessApi reception : new PatientAccessApi[] {receptionOnA, receptionOnB}) {
            JsonNode grants = reception.get("/" + patientId + "/accounts").json();
            assertThat(grants).hasSize(1);
            assertThat(grants.get(0).path("relationship").asText()).isEqualTo("PARENT");
            assertThat(reception.get("/" + patientId + "/invitations").json().get(0).path("status").asText()).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void oneLinkAcceptedOnBothNodesAtOnceGivesOneGrant() throws Exception {
        PatientAccessApi reception = realm.receptionOn(cluster.a());
        for (int round = 0; round < ROUNDS; round++) {
            String patientId = newPatient(reception);
            String link = invite(reception, patientId);
            try (Browser onA = atTheAcceptButton(link, cluster.a()); Browser onB = atTheAcceptButton(link, cluster.b())) {
                AtTheSameMoment.run(() -> onA.click("invitation-accept"), () -> onB.click("invitation-accept"));
            }

            JsonNode invitation = reception.get("/" + patientId + "/invitations").json().get(0);
            assertThat(invitation.path("status").asText()).isEqualTo("ACCEPTED");
            JsonNode grants = reception.get("/" + patientId + "/accounts?includeEnded=true").json();
            assertThat(grants).as("round " + round).hasSize(1);
            assertThat(grants.get(0).path("id").asText()).isEqualTo(invitation.path("grantId").asText());
            assertThat(cluster.database().number("SELECT count(*) FROM pa_access_grant WHERE patient_id = ?", patientId))
                    .as("grant rows").isEqualTo(1);
        }
    }

    private static String newPatient(PatientAccessApi reception) {
        return reception.create(patient(null, "Ana", uniqueSurname("Garcia"), "2015-05-05", null, null)).path("id").asText();
    }

    /** Invites the mother and answers the link of the mail she got. */
    private static String invite(PatientAccessApi reception, String patientId) throws Exception {
        Inbox inbox = new Inbox(cluster.mail());
        int mark = inbox.mark();
        ApiResponse invited = reception.post("/" + patientId + "/invitations", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        inbox.awaitTo(ClinicRealm.MOTHER, mark);
        return Mails.link(inbox.lastTo(ClinicRealm.MOTHER), LINK_MARKER).replace("&amp;", "&");
    }

    /** The mother at the accept button of the link, every request of her browser going to {@code node}. */
    private static Browser atTheAcceptButton(String link, ClusterNode node) {
        Browser browser = cluster.browserOn(node);
        browser.open(link).click("invitation-login").logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
        assertThat(browser.has("invitation-accept")).as(browser.text()).isTrue();
        return browser;
    }
}
