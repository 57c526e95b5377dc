package org.patientaccess.keycloak.it.support.fhir;

import java.net.URI;
import java.net.http.HttpRequest;

import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;

/** A SMART app's calls to the realm's FHIR base, {@code /realms/{realm}/patient-access/fhir}, with its access token (or none). */
public final class FhirClient {

    private final String base;
    private final String accessToken;

    public FhirClient(String serverUrl, String realm, String accessToken) {
        this.base = serverUrl + "/realms/" + realm + "/patient-access/fhir";
        this.accessToken = accessToken;
    }

    public String base() {
        return base;
    }

    /** {@code GET {base}/{pathAndQuery}}, asking for FHIR JSON. */
    public ApiResponse get(String pathAndQuery) {
        return send(request(pathAndQuery));
    }

    /** The same with {@code Prefer: handling=strict}: unknown search parameters are refused. */
    public ApiResponse getStrictly(String pathAndQuery) {
        return send(request(pathAndQuery).header("Prefer", "handling=strict"));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/" + pathAndQuery)).header("Accept", "application/fhir+json").GET();
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return request;
    }

    private static ApiResponse send(HttpRequest.Builder request) {
        return PatientAccessApi.send(request.build());
    }
}
