package org.patientaccess.keycloak.rest.fhir;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.fhir.FhirAccess;

/**
 * A grant as a FHIR R4 Consent: the patient's privacy consent that the RelatedPerson of the same id
 * acts for them, with what it permits and while (docs/fhir.md, "Consent").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FhirConsent(
        String resourceType,
        String id,
        String status,
        FhirTypes.CodeableConcept scope,
        List<FhirTypes.CodeableConcept> category,
        FhirTypes.Reference patient,
        String dateTime,
        List<FhirTypes.Reference> performer,
        FhirTypes.CodeableConcept policyRule,
        Provision provision) implements FhirBundle.Resource {

    static final String TYPE = "Consent";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provision(String type, FhirTypes.Period period, List<Actor> actor, List<FhirTypes.CodeableConcept> action) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Actor(FhirTypes.CodeableConcept role, FhirTypes.Reference reference) {
    }

    static FhirConsent of(FhirAccess.Relation relation) {
        AccessGrant grant = relation.grant();
        FhirTypes.Reference relatedPerson = new FhirTypes.Reference(FhirRelatedPerson.TYPE + "/" + grant.id());
        return new FhirConsent(TYPE, grant.id(), relation.active() ? "active" : "inactive",
                FhirTypes.CodeableConcept.of(FhirCodes.CONSENT_SCOPE, "patient-privacy", "Privacy Consent"),
                List.of(FhirTypes.CodeableConcept.of(FhirCodes.LOINC, "59284-0", "Patient Consent")),
                new FhirTypes.Reference(FhirPatient.TYPE + "/" + grant.patientId()),
                grant.createdAt().toString(),
                List.of(relatedPerson),
                FhirCodes.legalBasis(grant.legalBasis()),
                new Provision("permit", FhirRelatedPerson.period(grant.createdAt(), relation.end()),
                        List.of(new Actor(new FhirTypes.CodeableConcept(List.of(FhirCodes.relationship(grant.relationship())), null), relatedPerson)),
                        grant.permissions().stream().sorted()
                                .map(permission -> new FhirTypes.CodeableConcept(List.of(FhirCodes.permission(permission)), null)).toList()));
    }
}
