package org.patientaccess.keycloak.core;

import java.time.Instant;

/**
 * A person's claimed identity from online registration, and what became of it.
 *
 * @param patientId the record the account now acts for: the matched one (AUTO_LINKED) or a
 *                  provisional ONLINE record (PENDING)
 * @param relationship SELF for a person registering, GUARDIAN for a dependent a family added
 * @param candidates the matcher's candidates at registration, as JSON ({@code [{patientId, score, grade}]})
 */
public record OnlineRegistration(
        String id,
        String realmId,
        String userId,
        String patientId,
        Relationship relationship,
        PatientDetails claimed,
        String candidates,
        RegistrationStatus status,
        Instant createdAt,
        String decidedBy,
        Instant decidedAt) {
}
