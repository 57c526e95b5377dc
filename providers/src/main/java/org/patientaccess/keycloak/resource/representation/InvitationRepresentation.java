package org.patientaccess.keycloak.resource.representation;

import java.time.Instant;
import java.util.List;

import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.model.Invitation;

/**
 * An invitation as staff see it. {@code decidedBy*} name the account that accepted or declined,
 * whose email may differ from the invited one: the link proves the mailbox, not the account.
 */
public record InvitationRepresentation(
        String id,
        String patientId,
        String email,
        String locale,
        String relationship,
        List<String> permissions,
        String status,
        String expiresAt,
        int sendCount,
        String lastSentAt,
        String createdBy,
        String createdAt,
        String decidedBy,
        String decidedByEmail,
        String decidedAt,
        String grantId) {

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
                invitation.grantId());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
