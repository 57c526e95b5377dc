package org.patientaccess.keycloak.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.patientaccess.keycloak.it.support.cluster.ClusterDatabase;
import org.patientaccess.keycloak.it.support.cluster.ClusterExtension;
import org.patientaccess.keycloak.it.support.cluster.ClusterNode;
import org.patientaccess.keycloak.it.support.cluster.ClusterRealm;
import org.patientaccess.keycloak.it.support.cluster.TwoNodeCluster;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * Realms that exist before our providers set them up (made before the plugin was installed, or before
 * an upgrade brought a new required action): when both nodes start at the same moment, each realm
 * ends with each of our required actions and the patient-access client scope once, and neither node
 * fails on a unique key.
 */
@ExtendWith(ClusterExtension.class)
class BothNodesStartingAtOnceSetUpEveryRealmOnceClusterIT {

    private static final List<String> OUR_REQUIRED_ACTIONS = List.of(
            "patient-access-link-registration", "patient-access-invitation", "patient-access-select-patient");
    private static final String SCOPE = "patient-access";
    private static final int REALMS = 8;

    @Test
    void realmsWithoutOurSetupGetItOnceWhenBothNodesStartTogether() throws Exception {
        TwoNodeCluster cluster = TwoNodeCluster.running();
        List<String> realms = new ArrayList<>();
        for (int i = 0; i < REALMS; i++) {
            ClusterRealm realm = cluster.newRealm(new ClinicRealm(), "race");
            realm.withAdmin(cluster.a(), BothNodesStartingAtOnceSetUpEveryRealmOnceClusterIT::removeOurSetup);
            realms.add(realm.name());
        }
        ClusterDatabase database = cluster.database();
        for (String realm : realms) {
            assertThat(ourRequiredActions(database, realm)).as("stripped " + realm).isZero();
            assertThat(ourScopes(database, realm)).as("stripped " + realm).isZero();
        }

        cluster.restartBoth();

        for (String realm : realms) {
            for (String action : OUR_REQUIRED_ACTIONS) {
                assertThat(database.number("SELECT count(*) FROM required_action_provider r JOIN realm m ON m.id = r.realm_id"
                        + " WHERE m.name = ? AND r.alias = ?", realm, action)).as(action + " in " + realm).isEqualTo(1);
            }
            assertThat(ourScopes(database, realm)).as("the scope in " + realm).isEqualTo(1);
            assertThat(database.number("SELECT count(*) FROM client_scope_client l JOIN client c ON c.id = l.client_id"
                    + " JOIN client_scope s ON s.id = l.scope_id JOIN realm m ON m.id = c.realm_id"
                    + " WHERE m.name = ? AND c.client_id = 'account-console' AND s.name = ?", realm, SCOPE))
                    .as("the account console's scope in " + realm).isEqualTo(1);
        }
        for (ClusterNode node : List.of(cluster.a(), cluster.b())) {
            String log = node.logText().substring(TwoNodeCluster.lastStart(node));
            assertThat(log).as(node.name() + "'s start").doesNotContainIgnoringCase("duplicate key")
                    .doesNotContain("ConstraintViolation").doesNotContain("Failed to start server");
        }
    }

    private static Void removeOurSetup(RealmResource realm) {
        for (String action : OUR_REQUIRED_ACTIONS) {
            realm.flows().removeRequiredAction(action);
        }
        String scopeId = realm.clientScopes().findAll().stream().filter(scope -> SCOPE.equals(scope.getName()))
                .findFirst().orElseThrow().getId();
        // The plugin adds the scope to the account console; the clinic's realm file gives it to its booking app too.
        for (ClientRepresentation client : realm.clients().findAll()) {
            ClientResource resource = realm.clients().get(client.getId());
            if (resource.getDefaultClientScopes().stream().anyMatch(scope -> scope.getId().equals(scopeId))) {
                resource.removeDefaultClientScope(scopeId);
            }
        }
        realm.clientScopes().get(scopeId).remove();
        return null;
    }

    private static long ourRequiredActions(ClusterDatabase database, String realm) {
        return database.number("SELECT count(*) FROM required_action_provider r JOIN realm m ON m.id = r.realm_id"
                + " WHERE m.name = ? AND r.alias LIKE 'patient-access-%'", realm);
    }

    private static long ourScopes(ClusterDatabase database, String realm) {
        return database.number("SELECT count(*) FROM client_scope s JOIN realm m ON m.id = s.realm_id WHERE m.name = ? AND s.name = ?",
                realm, SCOPE);
    }
}
