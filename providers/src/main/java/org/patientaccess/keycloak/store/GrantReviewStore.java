package org.patientaccess.keycloak.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.GrantReview;
import org.patientaccess.keycloak.core.ReviewDecision;

/** The store of grant reviews, one realm at a time. */
public interface GrantReviewStore {

    /**
     * Opens the review of a grant for a band day, written at once; empty when the grant has one for
     * that day already. Two runs opening at once meet on a unique key; the loser's transaction fails.
     */
    Optional<GrantReview> open(RealmModel realm, String grantId, String patientId, LocalDate bandDay, LocalDate dueOn);

    Optional<GrantReview> findById(RealmModel realm, String id);

    /**
     * The open reviews whose grant is still active at {@code now} on an active record, the soonest due
     * first; only those due before {@code dueBefore} when it is given (the overdue ones).
     */
    List<GrantReview> findOpen(RealmModel realm, Instant now, LocalDate dueBefore, int first, int max);

    long countOpen(RealmModel realm, Instant now, LocalDate dueBefore);

    /** Every review of the grants on a record (whatever their state), the latest band day first. */
    List<GrantReview> findByPatient(RealmModel realm, String patientId);

    /**
     * Closes an open review with a decision, in one conditional update; empty when it was closed
     * already (by another request at the same moment too).
     */
    Optional<GrantReview> decide(RealmModel realm, String id, ReviewDecision decision, String decidedBy);

    /** Closes the open reviews of a grant with a decision made elsewhere; how many it closed. */
    int decideOpenOfGrant(RealmModel realm, String grantId, ReviewDecision decision, String decidedBy);
}
