package org.patientaccess.keycloak.rest.representation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.Relationship;

/** An account that may act for the signed-in person's own record. */
@Schema(name = "MyAccountGrant")
public record MyAccountGrantRepresentation(
        @Schema(required = true) String grantId,
        String firstName,
        String lastName,
        String email,
        @Schema(required = true, type = SchemaType.STRING, implementation = Relationship.class) String relationship,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = GrantPermission.class) List<String> permissions,
        @Schema(type = SchemaType.STRING, implementation = LegalBasis.class, description = "The legal basis the clinic recorded for this access (read only); none when not recorded.") String legalBasis,
        @Schema(format = "date-time") String validUntil,
        @Schema(format = "date", description = "The day this access ends by itself, in the clinic's calendar: the day of"
                + " validUntil or, for a parent's or guardian's access to a minor, the day the patient comes of age (unless the clinic"
                + " keeps it under continued guardianship), whichever is first; none when nothing ends it.") String endsOn,
        @Schema(required = true, format = "date-time") String since,
        @Schema(required = true, description = "Whether I may revoke it: a minor cannot end a parent's or guardian's access.") boolean canRevoke) {

    public static MyAccountGrantRepresentation of(AccessGrant grant, UserModel holder, boolean canRevoke, Optional<LocalDate> endsOn) {
        return new MyAccountGrantRepresentation(
                grant.id(),
                holder == null ? null : holder.getFirstName(),
                holder == null ? null : holder.getLastName(),
                holder == null ? null : holder.getEmail(),
                grant.relationship().name(),
                grant.permissions().stream().map(Enum::name).sorted().toList(),
                grant.legalBasis() == null ? null : grant.legalBasis().name(),
                grant.validUntil() == null ? null : grant.validUntil().toString(),
                endsOn.map(LocalDate::toString).orElse(null),
                grant.createdAt().toString(),
                canRevoke);
    }
}
