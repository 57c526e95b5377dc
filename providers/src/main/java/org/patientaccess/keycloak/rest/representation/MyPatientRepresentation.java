package org.patientaccess.keycloak.rest.representation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.records.PatientRecords;

/** A patient the signed-in person may act for, with their grant's terms. */
@Schema(name = "MyPatient")
public record MyPatientRepresentation(
        @Schema(required = true) String grantId,
        @Schema(required = true) String patientId,
        @Schema(required = true) String firstName,
        @Schema(required = true) String lastName,
        @Schema(format = "date") String birthDate,
        @Schema(required = true, type = SchemaType.STRING, implementation = Relationship.class) String relationship,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = GrantPermission.class) List<String> permissions,
        @Schema(type = SchemaType.STRING, implementation = LegalBasis.class, description = "The legal basis the clinic recorded for my access (read only); none when not recorded.") String legalBasis,
        @Schema(format = "date-time") String validUntil,
        @Schema(format = "date", description = "The day this access ends by itself, in the clinic's calendar: the day of"
                + " validUntil or, for a parent's or guardian's access to a minor, the day the patient comes of age (unless the clinic"
                + " keeps it under continued guardianship), whichever is first; none when nothing ends it.") String endsOn,
        @Schema(description = "The record's email, only when my permissions include MANAGE_PROFILE.") String email,
        @Schema(description = "The record's phone (E.164), only when my permissions include MANAGE_PROFILE.") String phone,
        @Schema(format = "email", description = "On my own record (SELF), the email someone acting for me put there, which I may confirm"
                + " (POST .../email-confirmation); none otherwise.") String emailToConfirm,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = GrantPermission.class,
                description = "What the clinic's age band took from my access (a parent's or guardian's) and may be given back by"
                + " the clinic or the young person; empty when nothing.") List<String> withheld,
        @Schema(required = true, description = "Whether the age band left my access nothing in force: it gives no access until"
                + " the clinic or the young person gives some back, and ends as usual.") boolean suspended) {

    public static MyPatientRepresentation of(AccessGrant grant, PatientRecord patient, Optional<LocalDate> endsOn) {
        boolean managesProfile = grant.permissions().contains(GrantPermission.MANAGE_PROFILE);
        return new MyPatientRepresentation(
                grant.id(),
                patient.id(),
                patient.details().firstName(),
                patient.details().lastName(),
                patient.details().birthDate() == null ? null : patient.details().birthDate().toString(),
                grant.relationship().name(),
                grant.permissions().stream().map(Enum::name).sorted().toList(),
                grant.legalBasis() == null ? null : grant.legalBasis().name(),
                grant.validUntil() == null ? null : grant.validUntil().toString(),
                endsOn.map(LocalDate::toString).orElse(null),
                managesProfile ? patient.details().email() : null,
                managesProfile ? patient.details().phone() : null,
                PatientRecords.emailToConfirm(grant, patient),
                grant.withheld().stream().map(Enum::name).sorted().toList(),
                grant.isSuspended());
    }
}
