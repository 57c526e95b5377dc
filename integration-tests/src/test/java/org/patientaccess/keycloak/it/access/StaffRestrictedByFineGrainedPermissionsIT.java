package org.patientaccess.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.AuthorizationResource;
import org.keycloak.representations.idm.authorization.Logic;
import org.keycloak.representations.idm.authorization.ScopePermissionRepresentation;
import org.keycloak.representations.idm.authorization.UserPolicyRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.FineGrainedClinicRealm;

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
        protectedAccount = userId(ClinicRealm.FATHER);
        AuthorizationResource permissions = realm.admin().clients()
                .get(realm.admin().clients().findByClientId("admin-permissions").get(0).getId()).authorization();
        if (permissions.policies().findByName("limited staff") == null) {
            permissions.policies().user().create(userPolicy("limited staff", Logic.POSITIVE)).close();
            permissions.policies().user().create(userPolicy("not the limited staff", Logic.NEGATIVE)).close();
            permissions.permissions().scope().create(permission("staff manage accounts", null, Set.of("view", "manage"), "limited staff")).close();
            permissions.permissions().scope().create(permission("but not the father's", protectedAccount, Set.of("manage"), "not the limited staff")).close();
        }
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

    private UserPolicyRepresentation userPolicy(String name, Logic logic) {
        UserPolicyRepresentation policy = new UserPolicyRepresentation();
        policy.setName(name);
        policy.addUser(userId(FineGrainedClinicRealm.LIMITED_STAFF));
        policy.setLogic(logic);
        return policy;
    }

    /** A permission on the Users resource type: every account, or only {@code userId}. */
    private static ScopePermissionRepresentation permission(String name, String userId, Set<String> scopes, String policy) {
        ScopePermissionRepresentation permission = new ScopePermissionRepresentation();
        permission.setName(name);
        permission.setResourceType("Users");
        if (userId != null) {
            permission.setResources(Set.of(userId));
        }
        permission.setScopes(scopes);
        permission.addPolicy(policy);
        return permission;
    }

    private String userId(String username) {
        return realm.admin().users().search(username, true).get(0).getId();
    }
}
