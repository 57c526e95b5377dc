package org.patientaccess.keycloak.rest.fhir;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The FHIR R4 data types the read API's resources are made of, as JSON (absent fields left out). */
public final class FhirTypes {

    private FhirTypes() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Coding(String system, String code, String display) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CodeableConcept(List<Coding> coding, String text) {

        static CodeableConcept of(String system, String code, String display) {
            return new CodeableConcept(List.of(new Coding(system, code, display)), null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reference(String reference) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(String start, String end) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HumanName(String use, String family, List<String> given) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactPoint(String system, String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Identifier(String use, String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Extension(String url, List<Extension> extension, String valueUri) {
    }
}
