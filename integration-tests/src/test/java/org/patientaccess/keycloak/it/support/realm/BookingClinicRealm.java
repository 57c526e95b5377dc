package org.patientaccess.keycloak.it.support.realm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.RealmBuilder;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.oidc.BookingApp;

/**
 * The {@link ClinicRealm} whose booking app (the realm file's {@code booking-app} client and its
 * {@code patients} and {@code patient-context} scopes) the tests sign in to: at the address the tests'
 * browser stands in for ({@link Browser#APP_ORIGIN}), with the {@code patients} list capped at
 * {@link #MAX_PATIENTS} to test the cap, another optional scope {@code patients-with-details} (names
 * and birth dates under another claim), and the app's back end ({@link BookingApp#RESOURCE_SERVER}),
 * which introspects its tokens.
 */
public class BookingClinicRealm extends ClinicRealm {

    /** The tests' cap of the {@code patients} claim (the realm file's is 100): a few grants reach it. */
    public static final int MAX_PATIENTS = 4;

    private static final String PATIENTS_WITH_DETAILS = "patients-with-details";

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm)
                .update(BookingClinicRealm::bookingAppOfTheTests)
                // The container test accepts an invitation and checks that it lands on the account console.
                .update(ClinicRealm::invitationsLandOnTheAccountConsole)
                .clientScopes(scope(PATIENTS_WITH_DETAILS, mapper("patient details", "oidc-patient-access-mapper", Map.of(
                        "claim.name", "patient_details", "patients.include.details", "true",
                        "access.token.claim", "true", "id.token.claim", "false", "userinfo.token.claim", "false",
                        "introspection.token.claim", "false"))))
                .clients(ClientBuilder.create(BookingApp.RESOURCE_SERVER).secret(BookingApp.RESOURCE_SERVER_SECRET)
                        .serviceAccountsEnabled());
    }

    private static void bookingAppOfTheTests(RealmRepresentation representation) {
        ClientRepresentation app = representation.getClients().stream()
                .filter(client -> BookingApp.CLIENT_ID.equals(client.getClientId()))
                .findFirst().orElseThrow(() -> new IllegalStateException(REALM_FILE + " has no client " + BookingApp.CLIENT_ID));
        // The demo's app runs at http://localhost:3000; the tests' browser stands in for an app at APP_ORIGIN
        // and comes back to its one callback.
        app.setRootUrl(Browser.APP_ORIGIN);
        app.setRedirectUris(List.of(BookingApp.REDIRECT_URI));
        app.setWebOrigins(List.of(Browser.APP_ORIGIN));
        Map<String, String> attributes = new HashMap<>(app.getAttributes());
        attributes.put("post.logout.redirect.uris", Browser.APP_ORIGIN + "/*");
        app.setAttributes(attributes);
        List<String> optional = new ArrayList<>(app.getOptionalClientScopes());
        optional.add(PATIENTS_WITH_DETAILS);
        app.setOptionalClientScopes(optional);
        // Keycloak lets a client introspect only tokens addressed to it.
        List<ProtocolMapperRepresentation> mappers = new ArrayList<>(app.getProtocolMappers() == null ? List.of() : app.getProtocolMappers());
        mappers.add(mapper("booking-api audience", "oidc-audience-mapper", Map.of(
                "included.client.audience", BookingApp.RESOURCE_SERVER,
                "access.token.claim", "true", "introspection.token.claim", "true")));
        app.setProtocolMappers(mappers);

        ProtocolMapperRepresentation patients = representation.getClientScopes().stream()
                .filter(scope -> "patients".equals(scope.getName()))
                .flatMap(scope -> scope.getProtocolMappers().stream())
                .filter(mapper -> "oidc-patient-access-mapper".equals(mapper.getProtocolMapper()))
                .findFirst().orElseThrow(() -> new IllegalStateException(REALM_FILE + " has no patients mapper"));
        Map<String, String> config = new HashMap<>(patients.getConfig());
        config.put("patients.max", String.valueOf(MAX_PATIENTS));
        patients.setConfig(config);
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
