package org.patientaccess.keycloak.rest.fhir;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A FHIR R4 OperationOutcome: every refusal of the read API, with one error issue. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FhirOperationOutcome(String resourceType, List<Issue> issue) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Issue(String severity, String code, String diagnostics) {
    }

    /** One error; {@code code} from FHIR's issue types (login, forbidden, not-found, not-supported, ...). */
    static FhirOperationOutcome error(String code, String diagnostics) {
        return new FhirOperationOutcome("OperationOutcome", List.of(new Issue("error", code, diagnostics)));
    }
}
