package org.patientaccess.keycloak.it.support.realm;

import java.util.List;
import java.util.Map;

import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.RealmBuilder;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.oidc.BookingApp;

/**
 * The {@link ClinicRealm} with a booking app that reads patients from tokens: the {@code patients}
 * client scope (default: ids, relationships, permissions, capped at {@link #MAX_PATIENTS} to test the
 * cap), {@code patients-with-details} (optional: names and birth dates under another claim) and
 * {@code patient-context} (optional: the patient picker and the {@code patient} claim).
 */
public class BookingClinicRealm extends ClinicRealm {

    public static final int MAX_PATIENTS = 4;

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm)
                // Listing client scopes would otherwise replace Keycloak's default ones (basic, profile, …).
                .attribute("CreateDefaultClientScopes", "true")
                .clientScopes(
                        scope("patients", mapper("patients", "oidc-patient-access-mapper", Map.of(
                                "claim.name", "patients", "patients.max", String.valueOf(MAX_PATIENTS),
                                "access.token.claim", "true", "id.token.claim", "true", "userinfo.token.claim", "true",
                                "introspection.token.claim", "true"))),
                        scope("patients-with-details", mapper("patient details", "oidc-patient-access-mapper", Map.of(
                                "claim.name", "patient_details", "patients.include.details", "true",
                                "access.token.claim", "true", "id.token.claim", "false", "userinfo.token.claim", "false",
                                "introspection.token.claim", "false"))),
                        scope("patient-context", mapper("selected patient", "oidc-selected-patient-mapper", Map.of(
                                "claim.name", "patient", "access.token.claim", "true", "id.token.claim", "true",
                                "userinfo.token.claim", "true", "introspection.token.claim", "true",
                                "access.tokenResponse.claim", "true"))))
                .clients(
                        ClientBuilder.create(BookingApp.CLIENT_ID).publicClient().redirectUris(BookingApp.REDIRECT_URI)
                                .webOrigins(Browser.APP_ORIGIN)
                                .attribute("pkce.code.challenge.method", "S256")
                                .defaultClientScopes("basic", "profile", "email", "roles", "web-origins", "acr", "patients")
                                .optionalClientScopes("patient-context", "patients-with-details")
                                // Keycloak lets a client introspect only tokens addressed to it.
                                .protocolMappers(mapper("booking-api audience", "oidc-audience-mapper", Map.of(
                                        "included.client.audience", BookingApp.RESOURCE_SERVER,
                                        "access.token.claim", "true", "introspection.token.claim", "true"))),
                        ClientBuilder.create(BookingApp.RESOURCE_SERVER).secret(BookingApp.RESOURCE_SERVER_SECRET)
                                .serviceAccountsEnabled());
    }

    private static ClientScopeRepresentation scope(String name, ProtocolMapperRepresentation mapper) {
        ClientScopeRepresentation scope = new ClientScopeRepresentation();
        scope.setName(name);
        scope.setProtocol("openid-connect");
        scope.setAttributes(Map.of("include.in.token.scope", "true"));
        scope.setProtocolMappers(List.of(mapper));
        return scope;
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(config);
        return mapper;
    }
}
