package org.patientaccess.keycloak.resource.representation;

import java.time.Instant;
import java.util.List;

import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.model.AccessGrant;

/**
 * An access grant as staff see it on a patient's "User accounts" tab: the account and what it may do.
 * {@code status} is ACTIVE, EXPIRED (validUntil passed) or REVOKED.
 */
public record AccessGrantRepresentation(
        String id,
        String patientId,
        String userId,
        String username,
        String email,
        String firstName,
        String lastName,
        String relationship,
        List<String> permissions,
        String origin,
        String validUntil,
        String status,
        String createdBy,
        String createdAt,
        String revokedAt) {

    public static AccessGrantRepresentation of(AccessGrant grant, UserModel user, Instant now) {
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
                iso(grant.revokedAt()));
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
