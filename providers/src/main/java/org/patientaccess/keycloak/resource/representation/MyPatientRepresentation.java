package org.patientaccess.keycloak.resource.representation;

import java.util.List;

import org.patientaccess.keycloak.model.AccessGrant;
import org.patientaccess.keycloak.model.PatientRecord;

/** A patient the signed-in person may act for, with their grant's terms. */
public record MyPatientRepresentation(
        String grantId,
        String patientId,
        String firstName,
        String lastName,
        String birthDate,
        String relationship,
        List<String> permissions,
        String validUntil) {

    public static MyPatientRepresentation of(AccessGrant grant, PatientRecord patient) {
        return new MyPatientRepresentation(
                grant.id(),
                patient.id(),
                patient.details().firstName(),
                patient.details().lastName(),
                patient.details().birthDate() == null ? null : patient.details().birthDate().toString(),
                grant.relationship().name(),
                grant.permissions().stream().map(Enum::name).sorted().toList(),
                grant.validUntil() == null ? null : grant.validUntil().toString());
    }
}
