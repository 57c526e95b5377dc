package org.patientaccess.keycloak.rest.fhir;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.keycloak.protocol.oidc.representations.OIDCConfigurationRepresentation;

/** What the read API serves, as a FHIR R4 CapabilityStatement, with SMART's OAuth endpoints (docs/fhir.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FhirCapabilityStatement(
        String resourceType,
        String status,
        String date,
        String kind,
        Software software,
        Implementation implementation,
        String fhirVersion,
        List<String> format,
        List<Rest> rest) {

    /** When this statement last changed: the day the read API was made. */
    private static final String CHANGED = "2026-12-07";
    private static final String OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";
    private static final String SECURITY_SERVICE = "http://terminology.hl7.org/CodeSystem/restful-security-service";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Software(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Implementation(String description, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rest(String mode, Security security, List<Resource> resource) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Security(List<FhirTypes.Extension> extension, List<FhirTypes.CodeableConcept> service, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Resource(String type, List<Interaction> interaction, List<SearchParam> searchParam) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Interaction(String code) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SearchParam(String name, String type) {
    }

    /** The statement of the realm whose FHIR base is {@code base}, its OAuth endpoints Keycloak's own. */
    static FhirCapabilityStatement of(String base, OIDCConfigurationRepresentation oidc) {
        // R4's own definition of oauth-uris has no revoke nor introspect (the R4 validator refuses them): apps
        // read those, with the rest, from .well-known/smart-configuration.
        List<FhirTypes.Extension> uris = List.of(
                new FhirTypes.Extension("authorize", null, oidc.getAuthorizationEndpoint()),
                new FhirTypes.Extension("token", null, oidc.getTokenEndpoint()));
        Security security = new Security(List.of(new FhirTypes.Extension(OAUTH_URIS, uris, null)),
                List.of(FhirTypes.CodeableConcept.of(SECURITY_SERVICE, "SMART-on-FHIR", "SMART-on-FHIR")),
                "SMART App Launch (standalone, patient scopes v2): a bearer access token of the realm.");
        List<Interaction> readAndSearch = List.of(new Interaction("read"), new Interaction("search-type"));
        return new FhirCapabilityStatement("CapabilityStatement", "active", CHANGED, "instance",
                new Software("Keycloak Patient Access"),
                new Implementation("Who acts for whom at the clinic, read-only", base),
                "4.0.1", List.of("json"),
                List.of(new Rest("server", security, List.of(
                        new Resource(FhirPatient.TYPE, readAndSearch, List.of(new SearchParam("_id", "token"))),
                        new Resource(FhirRelatedPerson.TYPE, readAndSearch, List.of(new SearchParam("patient", "reference"))),
                        new Resource(FhirConsent.TYPE, readAndSearch, List.of(new SearchParam("patient", "reference")))))));
    }
}
