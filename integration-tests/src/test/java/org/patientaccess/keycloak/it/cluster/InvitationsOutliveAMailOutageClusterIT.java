package org.patientaccess.keycloak.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.cluster.ClusterExtension;
import org.patientaccess.keycloak.it.support.cluster.ClusterRealm;
import org.patientaccess.keycloak.it.support.cluster.TwoNodeCluster;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;

/** The mail server down, then up again: the invitation made meanwhile is kept, the answer says the mail was not sent, a resend on the other node delivers it. */
@ExtendWith(ClusterExtension.class)
class InvitationsOutliveAMailOutageClusterIT {

    @Test
    void anInvitationMadeWhileMailIsDownIsKeptAndResentOnceMailWorks() throws Exception {
        TwoNodeCluster cluster = TwoNodeCluster.running();
        ClusterRealm realm = cluster.newRealm(new InvitingClinicRealm(), "mail-outage");
        PatientAccessApi onA = realm.receptionOn(cluster.a());
        PatientAccessApi onB = realm.receptionOn(cluster.b());
        String patientId = onA.create(patient(null, "Ana", uniqueSurname("Garcia"), "2015-05-05", null, null)).path("id").asText();

        cluster.stopMail();
        ApiResponse invited;
        try {
            invited = onA.post("/" + patientId + "/invitations", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT"));
        } finally {
            cluster.startMail();
        }

        assertThat(invited.status()).as(invited.toString()).isEqualTo(502);
        assertThat(invited.json().path("errorMessage").asText()).contains("could not be sent").contains("resent");
        String invitationId = invited.json().path("invitation").path("id").asText();
        JsonNode kept = onB.get("/" + patientId + "/invitations").json();
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).path("id").asText()).isEqualTo(invitationId);
        assertThat(kept.get(0).path("status").asText()).isEqualTo("PENDING");

        Thread.sleep(InvitingClinicRealm.RESEND_INTERVAL_SECONDS * 1000L + 200);
        Inbox inbox = new Inbox(cluster.mail());
        int mark = inbox.mark();
        ApiResponse resent = onB.post("/" + patientId + "/invitations/" + invitationId + "/resend", PatientAccessApi.JSON, "");
        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        inbox.awaitTo(ClinicRealm.MOTHER, mark);
        String link = Mails.link(inbox.lastTo(ClinicRealm.MOTHER), "/patient-access/invitation?token=").replace("&amp;", "&");
        try (Browser browser = cluster.browserOn(cluster.a())) {
            browser.open(link).click("invitation-login").logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD).click("invitation-accept");
        }
        assertThat(onA.get("/" + patientId + "/accounts").json()).as("the grant of the resent link").hasSize(1);
    }
}
