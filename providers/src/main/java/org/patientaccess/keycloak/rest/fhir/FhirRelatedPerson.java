package org.patientaccess.keycloak.rest.fhir;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.fhir.FhirAccess;

/** A grant as a FHIR R4 RelatedPerson: the account acting for the patient, under that grant (docs/fhir.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FhirRelatedPerson(
        String resourceType,
        String id,
        Boolean active,
        FhirTypes.Reference patient,
        List<FhirTypes.CodeableConcept> relationship,
        List<FhirTypes.HumanName> name,
        FhirTypes.Period period) implements FhirBundle.Resource {

    static final String TYPE = "RelatedPerson";

    static FhirRelatedPerson of(FhirAccess.Relation relation) {
        AccessGrant grant = relation.grant();
        boolean named = relation.firstName() != null || relation.lastName() != null;
        return new FhirRelatedPerson(TYPE, grant.id(), relation.active(),
                new FhirTypes.Reference(FhirPatient.TYPE + "/" + grant.patientId()),
                List.of(new FhirTypes.CodeableConcept(List.of(FhirCodes.relationship(grant.relationship())), null)),
                named ? List.of(new FhirTypes.HumanName(null, relation.lastName(),
                        relation.firstName() == null ? null : List.of(relation.firstName()))) : null,
                period(grant.createdAt(), relation.end()));
    }

    static FhirTypes.Period period(Instant start, Instant end) {
        return new FhirTypes.Period(start.toString(), end == null ? null : end.toString());
    }
}
