package org.patientaccess.keycloak.it.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.OtherClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class PatientRecordsStayInTheirRealmIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm clinic;

    @InjectRealm(ref = "other", config = OtherClinicRealm.class)
    ManagedRealm otherClinic;

    @InjectAdminClient
    Keycloak serverAdmin;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void anIdOfAnotherRealmIsNotFoundEvenForTheServerAdministrator() {
        String surname = uniqueSurname("Elsewhere");
        String otherId = reception(otherClinic).create(patient(uniqueExternalId(), "Ana", surname, null, null, null))
                .path("id").asText();
        PatientAccessApi clinicAsServerAdmin =
                PatientAccessApi.withToken(urls.getBase(), clinic.getName(), serverAdmin.tokenManager().getAccessTokenString());

        assertThat(clinicAsServerAdmin.get("/" + otherId).status()).isEqualTo(404);
        assertThat(clinicAsServerAdmin.put("/" + otherId, patient(null, "Changed", "Li", null, null, null)).status()).isEqualTo(404);
        assertThat(clinicAsServerAdmin.delete("/" + otherId).status()).isEqualTo(404);
        assertThat(clinicAsServerAdmin.count("?status=any&search=" + surname)).isZero();

        PatientAccessApi otherAsServerAdmin =
                PatientAccessApi.withToken(urls.getBase(), otherClinic.getName(), serverAdmin.tokenManager().getAccessTokenString());
        assertThat(otherAsServerAdmin.get("/" + otherId).json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(otherAsServerAdmin.get("/" + otherId).json().path("firstName").asText()).isEqualTo("Ana");
    }

    @Test
    void theSameExternalIdMayExistInTwoClinics() {
        String externalId = uniqueExternalId();

        reception(clinic).create(patient(externalId, "Ana", "Li", null, null, null));
        reception(otherClinic).create(patient(externalId, "Bo", "Wu", null, null, null));

        assertThat(reception(clinic).get("?externalId=" + externalId).json().get(0).path("firstName").asText()).isEqualTo("Ana");
    }

    @Test
    void staffOfOneClinicCannotReachAnotherClinicsApi() {
        PatientAccessApi tokenOfClinicOnOtherClinic = PatientAccessApi.withToken(urls.getBase(), otherClinic.getName(),
                accessToken(clinic));

        assertThat(tokenOfClinicOnOtherClinic.get("").status()).isIn(401, 403);
    }

    @Test
    void deletingARealmDeletesItsPatientRecords() {
        RealmRepresentation shortLived = new RealmRepresentation();
        shortLived.setRealm("short-lived-clinic");
        shortLived.setId("short-lived-clinic");
        shortLived.setEnabled(true);
        serverAdmin.realms().create(shortLived);
        PatientAccessApi api = PatientAccessApi.withToken(urls.getBase(), "short-lived-clinic",
                serverAdmin.tokenManager().refreshToken().getToken());
        api.create(patient(uniqueExternalId(), "Ana", "Li", null, null, null));

        serverAdmin.realm("short-lived-clinic").remove();
        serverAdmin.realms().create(shortLived);
        try {
            PatientAccessApi recreated = PatientAccessApi.withToken(urls.getBase(), "short-lived-clinic",
                    serverAdmin.tokenManager().refreshToken().getToken());
            assertThat(recreated.count("?status=any")).isZero();
        } finally {
            serverAdmin.realm("short-lived-clinic").remove();
        }
    }

    @Test
    void deletingARealmDeletesItsMergeHistory() {
        RealmRepresentation shortLived = new RealmRepresentation();
        shortLived.setRealm("short-lived-merges");
        shortLived.setId("short-lived-merges");
        shortLived.setEnabled(true);
        serverAdmin.realms().create(shortLived);
        PatientAccessApi api = PatientAccessApi.withToken(urls.getBase(), "short-lived-merges",
                serverAdmin.tokenManager().refreshToken().getToken());
        String survivor = api.create(patient(null, "Ana", "Li", "2001-02-03", null, null)).path("id").asText();
        String duplicate = api.create(patient(null, "Anna", "Li", "2001-02-03", null, null)).path("id").asText();
        String mergeId = api.post("/" + survivor + "/merge", Map.of("mergedId", duplicate)).json().path("mergeId").asText();

        serverAdmin.realm("short-lived-merges").remove();
        serverAdmin.realms().create(shortLived);
        try {
            PatientAccessApi merges = PatientAccessApi.withToken(urls.getBase(), "short-lived-merges",
                    serverAdmin.tokenManager().refreshToken().getToken()).at("/admin/realms/short-lived-merges/patient-access/merges");
            assertThat(merges.post("/" + mergeId + "/undo", PatientAccessApi.JSON, "").status())
                    .as("the before-image went with the realm").isEqualTo(404);
        } finally {
            serverAdmin.realm("short-lived-merges").remove();
        }
    }

    private PatientAccessApi reception(ManagedRealm realm) {
        return PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    private String accessToken(ManagedRealm realm) {
        return reception(realm).token();
    }
}
