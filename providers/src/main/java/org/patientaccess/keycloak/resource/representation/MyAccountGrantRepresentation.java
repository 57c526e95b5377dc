package org.patientaccess.keycloak.resource.representation;

import java.time.Instant;
import java.util.List;

import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.model.AccessGrant;

/** An account that may act for the signed-in person's own record. */
public record MyAccountGrantRepresentation(
        String grantId,
        String firstName,
        String lastName,
        String email,
        String relationship,
        List<String> permissions,
        String validUntil,
        String since) {

    public static MyAccountGrantRepresentation of(AccessGrant grant, UserModel holder, Instant now) {
        return new MyAccountGrantRepresentation(
                grant.id(),
                holder == null ? null : holder.getFirstName(),
                holder == null ? null : holder.getLastName(),
                holder == null ? null : holder.getEmail(),
                grant.relationship().name(),
                grant.permissions().stream().map(Enum::name).sorted().toList(),
                grant.validUntil() == null ? null : grant.validUntil().toString(),
                grant.createdAt().toString());
    }
}
