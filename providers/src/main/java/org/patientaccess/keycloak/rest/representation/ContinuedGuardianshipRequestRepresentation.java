package org.patientaccess.keycloak.rest.representation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.lifecycle.ContinuedGuardianships;

/** Staff mark a record as needing continued guardianship. */
@Schema(name = "ContinuedGuardianshipRequest", additionalProperties = Schema.False.class)
public class ContinuedGuardianshipRequestRepresentation {

    @Schema(required = true, maxLength = ContinuedGuardianships.MAX_REASON_LENGTH,
            description = "Why the parents and guardians keep their access once the patient is of age (for the next staff member).")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
