package org.patientaccess.keycloak.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.cluster.ClusterExtension;
import org.patientaccess.keycloak.it.support.cluster.ClusterRealm;
import org.patientaccess.keycloak.it.support.cluster.TwoNodeCluster;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

@ExtendWith(ClusterExtension.class)
class AMergeForwardsOnTheOtherNodeClusterIT {

    @Test
    void aMergeOnOneNodeForwardsTheOldIdOnTheOther() {
        TwoNodeCluster cluster = TwoNodeCluster.running();
        ClusterRealm realm = cluster.newRealm(new ClinicRealm(), "merging");
        PatientAccessApi onA = realm.receptionOn(cluster.a());
        PatientAccessApi onB = realm.receptionOn(cluster.b());
        String surname = uniqueSurname("Martin");
        String survivor = onA.create(patient(null, "Sophie", surname, "2012-04-04", null, null)).path("id").asText();
        String duplicate = onA.create(patient(null, "Sophie", surname, "2012-04-04", null, null)).path("id").asText();
        assertThat(onB.get("/" + duplicate).json().path("id").asText()).as("read on B before the merge").isEqualTo(duplicate);
        assertThat(onA.post("/" + duplicate + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT")).status()).isEqualTo(201);

        ApiResponse merged = onA.post("/" + survivor + "/merge", Map.of("mergedId", duplicate));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(onB.get("/" + duplicate).json().path("id").asText()).as("the old id forwards on B").isEqualTo(survivor);
        assertThat(onB.get("/" + survivor + "/accounts").json()).as("the grant moved, seen on B").hasSize(1);
    }
}
