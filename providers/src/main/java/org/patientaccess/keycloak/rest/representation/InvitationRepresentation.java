package org.patientaccess.keycloak.rest.representation;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.Relationship;

/**
 * An invitation as staff see it. {@code decidedBy*} name the account that accepted or declined,
 * whose email may differ from the invited one: the link proves the mailbox, not the account.
 */
@Schema(name = "Invitation")
public record InvitationRepresentation(
        @Schema(required = true) String id,
        @Schema(required = true) String patientId,
        @Schema(required = true, format = "email", description = "The invited address.") String email,
        @Schema(description = "The email's language; the realm default when none.") String locale,
        @Schema(required = true, type = SchemaType.STRING, implementation = Relationship.class) String relationship,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = GrantPermission.class) List<String> permissions,
        @Schema(required = true, type = SchemaType.STRING, implementation = InvitationStatus.class) String status,
        @Schema(required = true, format = "date-time") String expiresAt,
        @Schema(required = true, description = "How many times its email was sent.") int sendCount,
        @Schema(format = "date-time") String lastSentAt,
        @Schema(required = true, description = "The id of the staff member who invited, or of the family member who invited a temporary carer (origin FAMILY).") String createdBy,
        @Schema(required = true, format = "date-time") String createdAt,
        @Schema(description = "The id of the account that accepted or declined.") String decidedBy,
        @Schema(description = "That account's email, which may differ from the invited one.") String decidedByEmail,
        @Schema(format = "date-time") String decidedAt,
        @Schema(description = "The grant an acceptance created.") String grantId,
        @Schema(type = SchemaType.STRING, implementation = LegalBasis.class, description = "The legal basis staff recorded, which an acceptance gives the grant; none when not recorded.") String legalBasis,
        @Schema(required = true, type = SchemaType.STRING, implementation = GrantOrigin.class,
                description = "The origin an acceptance gives the grant: INVITATION (staff invited) or FAMILY (a temporary carer the patient's family invited).") String origin,
        @Schema(format = "date-time", description = "When the access an acceptance gives ends; none when it does not end by itself.") String accessUntil) {

    public static InvitationRepresentation of(Invitation invitation, UserModel decidedBy, Instant now) {
        return new InvitationRepresentation(
                invitation.id(),
                invitation.patientId(),
                invitation.email(),
                invitation.locale(),
                invitation.relationship().name(),
                invitation.permissions().stream().map(Enum::name).sorted().toList(),
                invitation.statusAt(now).name(),
                iso(invitation.expiresAt()),
                invitation.sendCount(),
                iso(invitation.lastSentAt()),
                invitation.createdBy(),
                iso(invitation.createdAt()),
                invitation.decidedBy(),
                decidedBy == null ? null : decidedBy.getEmail(),
                iso(invitation.decidedAt()),
                invitation.grantId(),
                invitation.legalBasis() == null ? null : invitation.legalBasis().name(),
                invitation.origin().name(),
                iso(invitation.accessUntil()));
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
