package org.patientaccess.keycloak.resource.representation;

import org.patientaccess.keycloak.model.Invitation;
import org.patientaccess.keycloak.model.PatientRecord;

/** An invitation waiting for the signed-in person: whom it is for and until when. */
public record MyInvitationRepresentation(String invitationId, String patientFirstName, String relationship, String expiresAt) {

    public static MyInvitationRepresentation of(Invitation invitation, PatientRecord patient) {
        return new MyInvitationRepresentation(invitation.id(), patient.details().firstName(),
                invitation.relationship().name(), invitation.expiresAt().toString());
    }
}
