package org.patientaccess.keycloak.fhir;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;
import org.keycloak.urls.UrlType;

/**
 * The realm's FHIR base, {@code {realm issuer}/patient-access/fhir}: where SMART apps discover the
 * realm and what {@code fhirUser} references start with. Built from Keycloak's frontend address for
 * the realm, as its issuer is, so a hostname or proxy setting is respected.
 */
public final class FhirBase {

    private FhirBase() {
    }

    public static String of(KeycloakSession session, RealmModel realm) {
        return Urls.realmIssuer(session.getContext().getUri(UrlType.FRONTEND).getBaseUri(), realm.getName()) + "/patient-access/fhir";
    }
}
