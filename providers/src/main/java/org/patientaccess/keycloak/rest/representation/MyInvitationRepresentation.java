package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.Relationship;

/** An invitation waiting for the signed-in person: whom it is for and until when. */
@Schema(name = "MyInvitation")
public record MyInvitationRepresentation(
        @Schema(required = true) String invitationId,
        @Schema(required = true) String patientFirstName,
        @Schema(required = true, type = SchemaType.STRING, implementation = Relationship.class) String relationship,
        @Schema(required = true, format = "date-time") String expiresAt) {

    public static MyInvitationRepresentation of(Invitation invitation, PatientRecord patient) {
        return new MyInvitationRepresentation(invitation.id(), patient.details().firstName(),
                invitation.relationship().name(), invitation.expiresAt().toString());
    }
}
