package org.patientaccess.keycloak.it.smart;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientScopeRepresentation;

/** The SMART side of a test realm: its FHIR base, and the SMART scopes its apps may ask for. */
final class SmartApps {

    /** What a SMART app asks for: who the user is, whom they act for (chosen at login), and the records it reads. */
    static final List<String> SCOPES = List.of("fhirUser", "launch/patient", "patient/*.rs", "patient/Patient.rs",
            "patient/RelatedPerson.rs", "patient/Consent.rs");

    private SmartApps() {
    }

    static String fhirBase(String serverUrl, String realm) {
        return serverUrl + "/realms/" + realm + "/patient-access/fhir";
    }

    /**
     * Makes the SMART scopes the plugin keeps in every realm optional scopes of one client (idempotent):
     * the plugin adds the scopes after a realm's import, so a client of the imported realm cannot name them.
     */
    static void offerSmartScopes(RealmResource realm, String clientId) {
        Map<String, String> ids = realm.clientScopes().findAll().stream()
                .collect(Collectors.toMap(ClientScopeRepresentation::getName, ClientScopeRepresentation::getId));
        ClientResource client = realm.clients().get(realm.clients().findByClientId(clientId).get(0).getId());
        List<String> offered = client.getOptionalClientScopes().stream().map(ClientScopeRepresentation::getName).toList();
        for (String scope : SCOPES) {
            if (!ids.containsKey(scope)) {
                throw new AssertionError("the plugin keeps no " + scope + " scope in the realm");
            }
            if (!offered.contains(scope)) {
                client.addOptionalClientScope(ids.get(scope));
            }
        }
    }
}
