package org.patientaccess.keycloak.it.support.cluster;

import java.util.Map;
import java.util.function.Function;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
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

    /**
     * A browser of someone who filled in the realm's registration form on {@code node} (names, birth
     * date, phone, as the demo realm asks) and opened the verification link: at the password form.
     */
    public Browser registeringOn(ClusterNode node, String email, String firstName, String lastName, String birthDate, String phone)
            throws Exception {
        Inbox inbox = new Inbox(cluster.mail());
        int mark = inbox.mark();
        Browser browser = cluster.browserOn(node);
        browser.open(accountConsoleLogin("registrations"));
        browser.submit("kc-register-form", Map.of("email", email, "firstName", firstName, "lastName", lastName,
                "birthDate", birthDate, "phoneNumber", phone));
        inbox.awaitTo(email, mark);
        browser.open(Mails.link(inbox.lastTo(email), "login-actions/action-token"));
        return browser;
    }

    /** Runs something with the realm's admin API through one node. */
    public <T> T withAdmin(ClusterNode node, Function<RealmResource, T> action) {
        try (Keycloak admin = cluster.admin(node)) {
            return action.apply(admin.realm(name));
        }
    }
}
