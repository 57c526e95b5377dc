package org.patientaccess.keycloak.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.protocol.oidc.OIDCWellKnownProviderFactory;
import org.keycloak.protocol.oidc.representations.OIDCConfigurationRepresentation;
import org.keycloak.wellknown.WellKnownProvider;

/**
 * What a SMART App Launch 2.2 app reads at {@code {fhirBase}/.well-known/smart-configuration} to find
 * the realm's authorization server. Every address is the one Keycloak's own OpenID Connect discovery
 * gives for the realm (frontend or backend as Keycloak decides), so nothing here can drift from it;
 * the lists are what this plugin supports narrowed to what Keycloak offers.
 */
public final class SmartConfiguration {

    /** The SMART launches and client kinds served: a standalone patient launch, public or secret-holding clients. */
    static final List<String> CAPABILITIES = List.of("launch-standalone", "client-public", "client-confidential-symmetric",
            "context-standalone-patient", "permission-v2", "sso-openid-connect", "permission-patient");

    private static final List<String> GRANT_TYPES = List.of("authorization_code", "refresh_token");
    private static final List<String> CLIENT_AUTHENTICATIONS = List.of("client_secret_basic", "client_secret_post", "private_key_jwt");

    private SmartConfiguration() {
    }

    /** The document for the session's realm (the request's). */
    public static Map<String, Object> of(KeycloakSession session) {
        WellKnownProvider discovery = session.getProvider(WellKnownProvider.class, OIDCWellKnownProviderFactory.PROVIDER_ID);
        OIDCConfigurationRepresentation oidc = (OIDCConfigurationRepresentation) discovery.getConfig();
        Map<String, Object> smart = new LinkedHashMap<>();
        smart.put("issuer", oidc.getIssuer());
        smart.put("jwks_uri", oidc.getJwksUri());
        smart.put("authorization_endpoint", oidc.getAuthorizationEndpoint());
        smart.put("grant_types_supported", offered(GRANT_TYPES, oidc.getGrantTypesSupported()));
        smart.put("token_endpoint", oidc.getTokenEndpoint());
        smart.put("token_endpoint_auth_methods_supported", offered(CLIENT_AUTHENTICATIONS, oidc.getTokenEndpointAuthMethodsSupported()));
        smart.put("scopes_supported", scopes());
        smart.put("response_types_supported", List.of("code"));
        smart.put("introspection_endpoint", oidc.getIntrospectionEndpoint());
        smart.put("revocation_endpoint", oidc.getRevocationEndpoint());
        smart.put("userinfo_endpoint", oidc.getUserinfoEndpoint());
        // SMART requires S256 and forbids announcing "plain", which Keycloak also accepts.
        smart.put("code_challenge_methods_supported", List.of("S256"));
        smart.put("capabilities", CAPABILITIES);
        return smart;
    }

    static List<String> scopes() {
        List<String> scopes = new ArrayList<>(List.of("openid", "profile", "offline_access", SmartScopes.FHIR_USER, SmartScopes.LAUNCH_PATIENT));
        scopes.addAll(SmartScopes.PATIENT_RESOURCES);
        return scopes;
    }

    /** Ours in our order, kept only where Keycloak offers them too. */
    private static List<String> offered(List<String> ours, List<String> keycloaks) {
        return ours.stream().filter(value -> keycloaks != null && keycloaks.contains(value)).toList();
    }
}
