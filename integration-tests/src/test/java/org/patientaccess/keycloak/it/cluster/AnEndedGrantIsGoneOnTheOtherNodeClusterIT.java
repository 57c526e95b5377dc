package org.patientaccess.keycloak.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.cluster.ClusterExtension;
import org.patientaccess.keycloak.it.support.cluster.ClusterNode;
import org.patientaccess.keycloak.it.support.cluster.ClusterRealm;
import org.patientaccess.keycloak.it.support.cluster.TwoNodeCluster;
import org.patientaccess.keycloak.it.support.oidc.BookingApp;
import org.patientaccess.keycloak.it.support.oidc.Tokens;
import org.patientaccess.keycloak.it.support.realm.BookingClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * A booking app signed in through node A; staff end a grant on A; the app's next refresh and userinfo,
 * answered by node B, no longer list the patient. Requests to B carry the forwarded host a load
 * balancer in front of both nodes would send, so that B sees the same issuer as A.
 */
@ExtendWith(ClusterExtension.class)
class AnEndedGrantIsGoneOnTheOtherNodeClusterIT {

    @Test
    void aGrantEndedOnOneNodeIsGoneFromTheRefreshAndUserinfoOfTheOther() {
        TwoNodeCluster cluster = TwoNodeCluster.running();
        ClusterRealm realm = cluster.newRealm(new BookingClinicRealm(), "booking");
        PatientAccessApi reception = realm.receptionOn(cluster.a());
        String sofia = newPatient(reception, "Sofia");
        String mateo = newPatient(reception, "Mateo");
        String sofiaGrant = grant(reception, sofia);
        grant(reception, mateo);
        Tokens tokens;
        try (Browser browser = cluster.browserOn(cluster.a())) {
            tokens = new BookingApp(cluster.a().url(), realm.name()).logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid");
        }
        assertThat(ids(tokens.accessTokenClaims().path("patients"))).containsExactly(sofia, mateo);

        assertThat(reception.delete("/" + sofia + "/accounts/" + sofiaGrant).status()).isEqualTo(204);

        ApiResponse userInfo = PatientAccessApi.send(endpointOn(cluster.b(), realm, "userinfo")
                .header("Authorization", "Bearer " + tokens.accessToken()).GET().build());
        assertThat(userInfo.status()).as(userInfo.toString()).isEqualTo(200);
        assertThat(ids(userInfo.json().path("patients"))).containsExactly(mateo);
        ApiResponse refresh = PatientAccessApi.send(endpointOn(cluster.b(), realm, "token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&client_id=" + BookingApp.CLIENT_ID
                        + "&refresh_token=" + tokens.refreshToken())).build());
        assertThat(refresh.status()).as(refresh.toString()).isEqualTo(200);
        Tokens refreshed = new Tokens(refresh.json());
        assertThat(ids(refreshed.accessTokenClaims().path("patients"))).containsExactly(mateo);
        assertThat(ids(refreshed.idTokenClaims().path("patients"))).containsExactly(mateo);
    }

    /** A request of the realm's OIDC endpoint on {@code node}, as the load balancer passes it on. */
    private static HttpRequest.Builder endpointOn(ClusterNode node, ClusterRealm realm, String endpoint) {
        return HttpRequest.newBuilder(URI.create(node.url() + "/realms/" + realm.name() + "/protocol/openid-connect/" + endpoint));
    }

    private static String newPatient(PatientAccessApi reception, String firstName) {
        return reception.create(patient(null, firstName, uniqueSurname("Garcia"), "2014-03-09", null, null)).path("id").asText();
    }

    private static String grant(PatientAccessApi reception, String patientId) {
        ApiResponse granted = reception.post("/" + patientId + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return granted.json().path("id").asText();
    }

    private static List<String> ids(JsonNode patients) {
        List<String> ids = new ArrayList<>();
        patients.forEach(entry -> ids.add(entry.path("id").asText()));
        return ids;
    }
}
