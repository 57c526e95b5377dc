package org.patientaccess.keycloak.it.support.cluster;

import java.util.function.Function;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/** A realm of the cluster's tests, reached through either node. */
public record ClusterRealm(String name, TwoNodeCluster cluster) {

    /** The receptionist's staff API through one node. */
    public PatientAccessApi receptionOn(ClusterNode node) {
        return PatientAccessApi.signedInAs(node.url(), name, ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    /** A person's own API through one node (their token asks for the patient-access scope). */
    public PatientAccessApi personOn(ClusterNode node, String username, String password) {
        return withAdmin(node, realm -> PatientAccessApi.personSignedInAs(node.url(), realm, name, username, password));
    }

    /** Runs something with the realm's admin API through one node. */
    public <T> T withAdmin(ClusterNode node, Function<RealmResource, T> action) {
        try (Keycloak admin = cluster.admin(node)) {
            return action.apply(admin.realm(name));
        }
    }
}
