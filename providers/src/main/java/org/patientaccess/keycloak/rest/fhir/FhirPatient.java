package org.patientaccess.keycloak.rest.fhir;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.fhir.FhirAccess;

/** A patient record as a FHIR R4 Patient (docs/fhir.md, "Patient"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FhirPatient(
        String resourceType,
        String id,
        List<FhirTypes.Identifier> identifier,
        Boolean active,
        List<FhirTypes.HumanName> name,
        List<FhirTypes.ContactPoint> telecom,
        String birthDate) implements FhirBundle.Resource {

    static final String TYPE = "Patient";

    static FhirPatient of(FhirAccess.Visible visible) {
        PatientDetails details = visible.record().details();
        List<FhirTypes.ContactPoint> telecom = new ArrayList<>();
        if (visible.showsContact() && details.email() != null) {
            telecom.add(new FhirTypes.ContactPoint("email", details.email()));
        }
        if (visible.showsContact() && details.phone() != null) {
            telecom.add(new FhirTypes.ContactPoint("phone", details.phone()));
        }
        return new FhirPatient(TYPE, visible.record().id(),
                details.externalId() == null ? null : List.of(new FhirTypes.Identifier("usual", details.externalId())),
                true,
                List.of(new FhirTypes.HumanName("official", details.lastName(), List.of(details.firstName()))),
                telecom.isEmpty() ? null : telecom,
                details.birthDate() == null ? null : details.birthDate().toString());
    }
}
