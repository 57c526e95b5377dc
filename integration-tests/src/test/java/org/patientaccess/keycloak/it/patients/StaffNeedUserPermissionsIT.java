package org.patientaccess.keycloak.it.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffNeedUserPermissionsIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private String patientId;

    @BeforeEach
    void aPatientExists() {
        patientId = as(ClinicRealm.RECEPTIONIST).create(patient(uniqueExternalId(), "Ana", "Li", null, null, null)).path("id").asText();
    }

    @Test
    void aStaffMemberWhoMayOnlyViewUsersCanReadButNotWrite() {
        PatientAccessApi auditor = as(ClinicRealm.AUDITOR);

        assertThat(auditor.get("").status()).isEqualTo(200);
        assertThat(auditor.get("/" + patientId).status()).isEqualTo(200);
        assertThat(auditor.get("/count").status()).isEqualTo(200);

        assertThat(auditor.post("", patient(null, "Bo", "Li", null, null, null)).status()).isEqualTo(403);
        assertThat(auditor.put("/" + patientId, patient(null, "Changed", "Li", null, null, null)).status()).isEqualTo(403);
        assertThat(auditor.delete("/" + patientId).status()).isEqualTo(403);
        assertThat(auditor.post("/import", PatientAccessApi.CSV, "externalId,firstName,lastName\nX-1,Bo,Li\n").status()).isEqualTo(403);
        assertThat(auditor.get("/" + patientId).json().path("firstName").asText()).isEqualTo("Ana");
    }

    @Test
    void aStaffMemberWithoutUserRolesCanNeitherReadNorWrite() {
        PatientAccessApi clinician = as(ClinicRealm.CLINICIAN);

        assertThat(clinician.get("").status()).isEqualTo(403);
        assertThat(clinician.get("/" + patientId).status()).isEqualTo(403);
        assertThat(clinician.post("", patient(null, "Bo", "Li", null, null, null)).status()).isEqualTo(403);
        assertThat(clinician.delete("/" + patientId).status()).isEqualTo(403);
    }

    @Test
    void aCallerWithoutATokenIsUnauthorised() {
        PatientAccessApi anonymous = PatientAccessApi.withToken(urls.getBase(), realm.getName(), null);

        assertThat(anonymous.get("").status()).isEqualTo(401);
        assertThat(anonymous.get("/" + patientId).status()).isEqualTo(401);
        assertThat(anonymous.post("", patient(null, "Bo", "Li", null, null, null)).status()).isEqualTo(401);
    }

    private PatientAccessApi as(String username) {
        return PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), username, ClinicRealm.PASSWORD);
    }
}
