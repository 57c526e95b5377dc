package org.patientaccess.keycloak.resource.representation;

import java.util.List;
import java.util.Map;

/**
 * An entry of the "Online registrations" queue: the account, what it claimed (for itself, SELF, or for
 * a dependent it added, GUARDIAN), the record it acts for now (provisional unless auto-linked), the
 * matcher's candidates and the decision.
 *
 * <p>{@code claimed} is what the person registering typed (or the family, for a dependent): never
 * checked by the clinic. {@code claimedVerification} says per field whether Keycloak verified it
 * (only the email of a person registering, confirmed by a link). The candidates are the realm's
 * records, each with its {@code source}: ADMIN or IMPORT came from the clinic.
 */
public record OnlineRegistrationRepresentation(
        String id,
        String userId,
        String username,
        String status,
        String relationship,
        PatientRepresentation claimed,
        Map<String, String> claimedVerification,
        PatientRepresentation patient,
        List<MatchResultRepresentation.Candidate> candidates,
        String createdAt,
        String decidedBy,
        String decidedAt) {
}
