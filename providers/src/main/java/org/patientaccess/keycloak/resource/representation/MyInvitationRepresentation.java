package org.patientaccess.keycloak.resource.representation;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.model.Invitation;
import org.patientaccess.keycloak.model.PatientRecord;
import org.patientaccess.keycloak.model.Relationship;

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
