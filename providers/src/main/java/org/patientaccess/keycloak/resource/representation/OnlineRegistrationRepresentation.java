package org.patientaccess.keycloak.resource.representation;

import java.util.List;

/**
 * An entry of the "Online registrations" queue: the account, what it claimed (for itself, SELF, or for
 * a dependent it added, GUARDIAN), the record it acts for now (provisional unless auto-linked), the
 * matcher's candidates and the decision.
 */
public record OnlineRegistrationRepresentation(
        String id,
        String userId,
        String username,
        String status,
        String relationship,
        PatientRepresentation claimed,
        PatientRepresentation patient,
        List<MatchResultRepresentation.Candidate> candidates,
        String createdAt,
        String decidedBy,
        String decidedAt) {
}
