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

    /**
     * An authorization request of the realm's account console (which requires PKCE) at one of its
     * login endpoints ({@code auth}, {@code registrations}), under the cluster's hostname.
     */
    public String accountConsoleLogin(String endpoint) {
        String account = TwoNodeCluster.FRONT + "/realms/" + name + "/account/";
        return TwoNodeCluster.FRONT + "/realms/" + name + "/protocol/openid-connect/" + endpoint
                + "?client_id=account-console&response_type=code&scope=openid&code_challenge_method=S256"
                + "&code_challenge=" + "x".repeat(43) + "&redirect_uri=" + PatientAccessApi.encode(account);
    }

    /** Runs something with the realm's admin API through one node. */
    public <T> T withAdmin(ClusterNode node, Function<RealmResource, T> action) {
        try (Keycloak admin = cluster.admin(node)) {
            return action.apply(admin.realm(name));
        }
    }
}
