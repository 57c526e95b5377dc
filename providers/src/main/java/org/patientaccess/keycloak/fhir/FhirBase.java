package org.patientaccess.keycloak.fhir;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;

/**
 * The FHIR base URL of a realm, {@code {issuer}/patient-access/fhir}, from Keycloak's own frontend URL
 * for the realm, so that a hostname or proxy setting is respected.
 */
public final class FhirBase {

    private FhirBase() {
    }

    public static String of(KeycloakSession session, RealmModel realm) {
        return Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName()) + "/patient-access/fhir";
    }
}
