package org.patientaccess.keycloak.rest.representation;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.Assent;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.Relationship;

/**
 * An access grant as staff see it on a patient's "User accounts" tab: the account and what it may do.
 * {@code status} is ACTIVE, EXPIRED (validUntil passed) or REVOKED.
 */
@Schema(name = "AccessGrant")
public record AccessGrantRepresentation(
        @Schema(required = true) String id,
        @Schema(required = true) String patientId,
        @Schema(required = true, description = "The account.") String userId,
        @Schema(description = "The account's username, email and names; left out when the caller may not view the account.") String username,
        String email,
        String firstName,
        String lastName,
        @Schema(required = true, type = SchemaType.STRING, implementation = Relationship.class) String relationship,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = GrantPermission.class) List<String> permissions,
        @Schema(required = true, type = SchemaType.STRING, implementation = GrantOrigin.class) String origin,
        @Schema(format = "date-time", description = "When the grant lapses; none when it does not.") String validUntil,
        @Schema(required = true, enumeration = {"ACTIVE", "EXPIRED", "REVOKED"}) String status,
        @Schema(description = "The id of the staff member or person who created it; none when an online registration linked it.") String createdBy,
        @Schema(required = true, format = "date-time") String createdAt,
        @Schema(format = "date-time") String revokedAt,
        @Schema(type = SchemaType.STRING, implementation = LegalBasis.class, description = "The legal basis staff recorded; none when not recorded.") String legalBasis,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = GrantPermission.class,
                description = "What an age band took from the grant (permissions are those in force); changing the grant's permissions clears it.")
        List<String> withheld,
        @Schema(description = "The young person's assent in force on the grant (a parent's or guardian's); none when they gave none.")
        AssentRepresentation assent) {

    /** {@code assent}: the one in force on the grant, or null. */
    public static AccessGrantRepresentation of(AccessGrant grant, UserModel user, Instant now, Assent assent) {
        String status = grant.revokedAt() != null ? "REVOKED" : grant.isActiveAt(now) ? "ACTIVE" : "EXPIRED";
        return new AccessGrantRepresentation(
                grant.id(),
                grant.patientId(),
                grant.userId(),
                user == null ? null : user.getUsername(),
                user == null ? null : user.getEmail(),
                user == null ? null : user.getFirstName(),
                user == null ? null : user.getLastName(),
                grant.relationship().name(),
                grant.permissions().stream().map(Enum::name).sorted().toList(),
                grant.origin().name(),
                iso(grant.validUntil()),
                status,
                grant.createdBy(),
                iso(grant.createdAt()),
                iso(grant.revokedAt()),
                name(grant.legalBasis()),
                grant.withheld().stream().map(Enum::name).sorted().toList(),
                AssentRepresentation.of(assent));
    }

    private static String name(LegalBasis legalBasis) {
        return legalBasis == null ? null : legalBasis.name();
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
