package org.patientaccess.keycloak.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.cluster.AtTheSameMoment;
import org.patientaccess.keycloak.it.support.cluster.ClusterExtension;
import org.patientaccess.keycloak.it.support.cluster.ClusterRealm;
import org.patientaccess.keycloak.it.support.cluster.TwoNodeCluster;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

@ExtendWith(ClusterExtension.class)
class ADuplicateScanStartedOnBothNodesRunsOnceClusterIT {

    @Test
    void twoStartsOnTwoNodesAtOnceGiveOneScanThatFindsThePair() {
        TwoNodeCluster cluster = TwoNodeCluster.running();
        ClusterRealm realm = cluster.newRealm(new ClinicRealm(), "scanning");
        PatientAccessApi onA = realm.receptionOn(cluster.a());
        PatientAccessApi onB = realm.receptionOn(cluster.b());
        String surname = uniqueSurname("Dubois");
        onA.create(patient(null, "Camille", surname, "2011-02-03", null, null));
        onA.create(patient(null, "Camille", surname, "2011-02-03", null, null));

        AtTheSameMoment.Both<ApiResponse, ApiResponse> started = AtTheSameMoment.run(
                () -> onA.duplicates().post("/scan", PatientAccessApi.JSON, ""),
                () -> onB.duplicates().post("/scan", PatientAccessApi.JSON, ""));

        assertThat(started.first().status()).as(started.first().toString()).isEqualTo(202);
        assertThat(started.second().status()).as(started.second().toString()).isEqualTo(202);
        String scanId = started.first().json().path("id").asText();
        assertThat(started.second().json().path("id").asText()).as("both answer the same scan").isEqualTo(scanId);
        JsonNode ended = onB.scanEnded(scanId);
        assertThat(ended.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(cluster.database().number("SELECT count(*) FROM pa_duplicate_scan s JOIN realm r ON r.id = s.realm_id WHERE r.name = ?",
                realm.name())).as("scan rows").isEqualTo(1);
        assertThat(ended.path("pairsFound").asLong()).as("the pair, once").isEqualTo(1);
    }
}
