package org.patientaccess.keycloak.rest.fhir;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.cors.Cors;
import org.keycloak.services.util.CacheControlUtil;
import org.patientaccess.keycloak.fhir.SmartConfiguration;

/**
 * The realm's FHIR base, {@code /realms/{realm}/patient-access/fhir} ({@code fhir.FhirBase}): what
 * SMART on FHIR apps call. Left out of our OpenAPI document: SMART App Launch and FHIR define these
 * answers, and apps discover them the FHIR way.
 */
public class FhirResource {

    private static final String[] DISCOVERY_METHODS = {"GET", "OPTIONS"};

    private final KeycloakSession session;

    public FhirResource(KeycloakSession session) {
        this.session = session;
    }

    /**
     * SMART App Launch discovery: the realm's authorization server, scopes and capabilities. Public and
     * open to every origin, as Keycloak's own OpenID Connect discovery is: an app reads it before it has
     * a token, from any page.
     */
    @GET
    @Path(".well-known/smart-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response smartConfiguration() {
        return Cors.builder().allowAllOrigins().allowedMethods(DISCOVERY_METHODS)
                .add(Response.ok(SmartConfiguration.of(session)).cacheControl(CacheControlUtil.noCache()));
    }

    @OPTIONS
    @Path(".well-known/smart-configuration")
    @Operation(hidden = true)
    public Response smartConfigurationPreflight() {
        return Cors.builder().allowAllOrigins().allowedMethods(DISCOVERY_METHODS).preflight().add(Response.ok());
    }
}
