package org.patientaccess.keycloak.core;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Staff's review of one parent's or guardian's grant, opened by the daily run on an age band's REVIEW
 * day (the preset "review at 13"): it waits in the queue until staff decide, by {@link #dueOn()}.
 *
 * @param patientId the record the grant gave access to when the review opened (a merge may move the grant since)
 * @param decision null while the review is open
 */
public record GrantReview(
        String id,
        String realmId,
        String grantId,
        String patientId,
        LocalDate bandDay,
        LocalDate dueOn,
        Instant openedAt,
        Instant decidedAt,
        String decidedBy,
        ReviewDecision decision) {

    public boolean isOpen() {
        return decision == null;
    }
}
