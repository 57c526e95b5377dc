package org.patientaccess.keycloak.rest.representation;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.AccessGrant;

/** A temporary carer with access (BOOK only) to the record, as the family sees them. */
@Schema(name = "CarerGrant")
public record CarerGrantRepresentation(
        @Schema(required = true, description = "The carer's grant, to end it.") String grantId,
        @Schema(description = "The carer's names; none when the account has none.") String name,
        @Schema(format = "email", description = "The carer account's email.") String email,
        @Schema(required = true, format = "date", description = "The last day of access.") String until,
        @Schema(required = true, format = "date-time") String since,
        @Schema(required = true, description = "Whether the caller invited this carer (someone else of the family may have).") boolean mine) {

    public static CarerGrantRepresentation of(AccessGrant grant, UserModel carer, LocalDate until, String callerId) {
        String name = carer == null ? null : ((carer.getFirstName() == null ? "" : carer.getFirstName()) + " "
                + (carer.getLastName() == null ? "" : carer.getLastName())).strip();
        return new CarerGrantRepresentation(grant.id(), name == null || name.isEmpty() ? null : name, carer == null ? null : carer.getEmail(),
                until.toString(), grant.createdAt().toString(), callerId.equals(grant.createdBy()));
    }
}
