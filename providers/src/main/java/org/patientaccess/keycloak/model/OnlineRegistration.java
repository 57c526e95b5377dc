package org.patientaccess.keycloak.model;

import java.time.Instant;

/**
 * A person's claimed identity from online registration, and what became of it.
 *
 * @param patientId the record the account now acts for as SELF: the matched one (AUTO_LINKED) or
 *                  a provisional ONLINE record made for it (PENDING)
 * @param candidates the matcher's candidates at registration, as JSON ({@code [{patientId, score, grade}]})
 */
public record OnlineRegistration(
        String id,
        String realmId,
        String userId,
        String patientId,
        PatientDetails claimed,
        String candidates,
        RegistrationStatus status,
        Instant createdAt,
        String decidedBy,
        Instant decidedAt) {
}
