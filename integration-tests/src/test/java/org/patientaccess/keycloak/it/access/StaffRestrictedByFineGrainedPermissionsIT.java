package org.patientaccess.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

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
import org.patientaccess.keycloak.it.support.realm.FineGrainedClinicRealm;
import org.patientaccess.keycloak.it.support.realm.FineGrainedPermissions;

/**
 * A realm whose fine-grained admin permissions let a staff member manage every account but one: our
 * API refuses them that one account, as Keycloak's own user endpoints do.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffRestrictedByFineGrainedPermissionsIT {

    @InjectRealm(config = FineGrainedClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi limited;
    private PatientAccessApi reception;
    private String protectedAccount;

    @BeforeEach
    void permitEveryAccountButTheFathers() {
        FineGrainedPermissions permissions = FineGrainedPermissions.of(realm)
                .limitedStaffMayViewAndManageEveryAccount()
                .butMayNot(FineGrainedPermissions.MANAGE, ClinicRealm.FATHER);
        protectedAccount = permissions.userId(ClinicRealm.FATHER);
        limited = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), FineGrainedClinicRealm.LIMITED_STAFF, ClinicRealm.PASSWORD);
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void aStaffMemberDeniedOneAccountCanNeitherGiveItAccessNorEndItsAccess() {
        String child = limited.create(patient(null, "Mateo", uniqueSurname("Garcia"), "2017-08-23", null, null)).path("id").asText();

        assertThat(limited.post("/" + child + "/accounts", Map.of("userId", protectedAccount, "relationship", "PARENT")).status())
                .isEqualTo(403);
        assertThat(limited.post("/" + child + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT")).status())
                .as("any other account").isEqualTo(201);

        String fathersGrant = reception.post("/" + child + "/accounts", Map.of("userId", protectedAccount, "relationship", "PARENT"))
                .json().path("id").asText();
        assertThat(limited.delete("/" + child + "/accounts/" + fathersGrant).status()).isEqualTo(403);
        assertThat(limited.put("/" + child + "/accounts/" + fathersGrant, Map.of("relationship", "GUARDIAN")).status()).isEqualTo(403);
        assertThat(reception.get("/" + child + "/accounts").json())
                .anySatisfy(grant -> assertThat(grant.path("id").asText()).isEqualTo(fathersGrant));
    }
}
