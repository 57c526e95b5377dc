package org.patientaccess.keycloak.it.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.SmartClinicRealm;

/**
 * A SMART app knows only the FHIR base ({@code /realms/{realm}/patient-access/fhir}) and finds the
 * realm's authorization server under it: Keycloak's own endpoints, the SMART scopes the realm keeps,
 * the launches served. Every realm has those scopes, whether its file defines them or the plugin adds them.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class SmartAppsDiscoverTheRealmFromTheFhirBaseIT {

    private static final String APP_ORIGIN = "https://smart-app.example";
    private static final List<String> SMART_SCOPES = List.of("launch/patient", "fhirUser", "patient/*.rs", "patient/Patient.rs",
            "patient/RelatedPerson.rs", "patient/Consent.rs", "patient/Appointment.rs", "patient/Schedule.rs", "patient/Slot.rs");

    @InjectRealm(config = SmartClinicRealm.class)
    ManagedRealm realm;

    /** A realm made with no file: the plugin gives it the SMART scopes. */
    @InjectRealm(ref = "plain")
    ManagedRealm plain;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void theSmartConfigurationNamesKeycloaksOwnEndpointsForTheRealm() {
        ApiResponse response = get(smartConfiguration(realm.getName()), Map.of());
        JsonNode smart = response.json();
        JsonNode oidc = get(urls.getBase() + "/realms/" + realm.getName() + "/.well-known/openid-configuration", Map.of()).json();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        for (String address : List.of("issuer", "jwks_uri", "authorization_endpoint", "token_endpoint", "introspection_endpoint",
                "revocation_endpoint", "userinfo_endpoint")) {
            assertThat(smart.path(address).asText()).as(address).isNotEmpty().isEqualTo(oidc.path(address).asText());
        }
        assertThat(texts(smart.path("grant_types_supported"))).containsExactly("authorization_code", "refresh_token");
        assertThat(texts(smart.path("token_endpoint_auth_methods_supported")))
                .contains("client_secret_basic", "client_secret_post")
                .isSubsetOf(texts(oidc.path("token_endpoint_auth_methods_supported")));
        assertThat(texts(smart.path("response_types_supported"))).containsExactly("code");
        assertThat(texts(smart.path("code_challenge_methods_supported"))).containsExactly("S256");
        assertThat(texts(smart.path("capabilities"))).containsExactlyInAnyOrder("launch-standalone", "client-public",
                "client-confidential-symmetric", "context-standalone-patient", "permission-v2", "sso-openid-connect", "permission-patient");
        assertThat(texts(smart.path("scopes_supported"))).contains("openid", "profile", "offline_access").containsAll(SMART_SCOPES);
        assertThat(texts(oidc.path("scopes_supported"))).as("each SMART scope is one of the realm's").containsAll(SMART_SCOPES);
        assertThat(smart.has("registration_endpoint")).isFalse();
    }

    @Test
    void everyAddressItNamesAnswers() {
        JsonNode smart = get(smartConfiguration(realm.getName()), Map.of()).json();

        assertThat(get(smart.path("jwks_uri").asText(), Map.of()).json().path("keys")).isNotEmpty();
        assertThat(get(smart.path("issuer").asText(), Map.of()).json().path("realm").asText()).isEqualTo(realm.getName());
        ApiResponse authorize = get(smart.path("authorization_endpoint").asText() + "?client_id=" + SmartClinicRealm.SMART_APP, Map.of());
        assertThat(authorize.status()).as("a login page or its error, not a missing page").isNotEqualTo(404).isLessThan(500);
        assertThat(get(smart.path("userinfo_endpoint").asText(), Map.of()).status()).isEqualTo(401);
        for (String endpoint : List.of("token_endpoint", "introspection_endpoint", "revocation_endpoint")) {
            ApiResponse answer = PatientAccessApi.send(HttpRequest.newBuilder(URI.create(smart.path(endpoint).asText()))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")).build());
            assertThat(answer.status()).as(endpoint + ": " + answer).isIn(400, 401);
            assertThat(answer.json().has("error")).as(endpoint).isTrue();
        }
    }

    @Test
    void anyOriginMayReadItWithoutAToken() {
        ApiResponse read = get(smartConfiguration(realm.getName()), Map.of("Origin", APP_ORIGIN));
        ApiResponse preflight = PatientAccessApi.send(HttpRequest.newBuilder(URI.create(smartConfiguration(realm.getName())))
                .header("Origin", APP_ORIGIN).header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP_ORIGIN);
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(methods -> assertThat(methods).contains("GET"));
    }

    @Test
    void aRealmWithoutARealmFileGetsTheSmartScopesAsTheClinicsFileDefinesThem() {
        JsonNode smart = get(smartConfiguration(plain.getName()), Map.of()).json();
        assertThat(smart.path("issuer").asText()).endsWith("/realms/" + plain.getName());

        for (String name : SMART_SCOPES) {
            assertThat(shape(plain, name)).as(name).isEqualTo(shape(realm, name));
        }
    }

    /** A client scope as a token sees it: its attributes and its mappers' types and settings (not their ids). */
    private static Map<String, Object> shape(ManagedRealm realm, String name) {
        ClientScopeRepresentation scope = realm.admin().clientScopes().findAll().stream()
                .filter(candidate -> name.equals(candidate.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(realm.getName() + " has no client scope " + name));
        List<Object> mappers = new ArrayList<>();
        for (ProtocolMapperRepresentation mapper : scope.getProtocolMappers()) {
            mappers.add(Map.of("name", mapper.getName(), "type", mapper.getProtocolMapper(), "config", new TreeMap<>(mapper.getConfig())));
        }
        return Map.of("protocol", scope.getProtocol(), "attributes", new TreeMap<>(scope.getAttributes()), "mappers", mappers);
    }

    private String smartConfiguration(String realmName) {
        return urls.getBase() + "/realms/" + realmName + "/patient-access/fhir/.well-known/smart-configuration";
    }

    private static ApiResponse get(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return PatientAccessApi.send(request.build());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }
}
