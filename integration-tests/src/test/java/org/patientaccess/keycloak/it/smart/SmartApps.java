package org.patientaccess.keycloak.it.smart;

/** Where a test realm's SMART apps find it. */
final class SmartApps {

    private SmartApps() {
    }

    /** The realm's FHIR base, the address a SMART app is given (its iss). */
    static String fhirBase(String serverUrl, String realm) {
        return serverUrl + "/realms/" + realm + "/patient-access/fhir";
    }
}
