package org.patientaccess.keycloak.rest.representation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.Assent;
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
        @Schema(required = true, description = "Whether I may revoke it: a minor cannot end a parent's or guardian's access.") boolean canRevoke,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = GrantPermission.class,
                description = "What the clinic's age band took from this access; I may give it back while I may assent.") List<String> withheld,
        @Schema(required = true, description = "The age band left this access nothing (permissions empty): it gives no access until"
                + " I give some back, or the clinic changes it.") boolean suspended,
        @Schema(description = "My assent in force on this access; none when I gave none.") AssentRepresentation assent,
        @Schema(required = true, description = "Whether I may give or withdraw an assent on it: a parent's or guardian's access, from the"
                + " clinic's own-account age until I come of age.") boolean mayAssent,
        @Schema(format = "date", description = "When I may assent: the last day an assent given today may hold (12 months ahead).")
        String assentUntilAtMost) {

    /** What the young person's say adds to an access: what the band withheld, the assent in force, whether they may give one. */
    public record Say(Optional<Assent> assent, boolean mayAssent, LocalDate untilAtMost) {
    }

    public static MyAccountGrantRepresentation of(AccessGrant grant, UserModel holder, boolean canRevoke, Optional<LocalDate> endsOn, Say say) {
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
                canRevoke,
                grant.withheld().stream().map(Enum::name).sorted().toList(),
                grant.isSuspended(),
                say.assent().map(AssentRepresentation::of).orElse(null),
                say.mayAssent(),
                say.mayAssent() ? say.untilAtMost().toString() : null);
    }
}
