package org.patientaccess.keycloak.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.OnlineRegistration;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.RegistrationStatus;
import org.patientaccess.keycloak.core.Relationship;

/**
 * The "Online registrations" queue, and the one-time codes that prove a registering person owns the
 * email on a record, one realm at a time.
 */
public interface OnlineRegistrationStore {

    /** Codes sent for one record in a rolling day, whoever registers, on whichever node. */
    int MAX_CODES_SENT_PER_DAY = 3;
    /** Wrong codes tried against one record in a rolling day. */
    int MAX_WRONG_CODES_PER_DAY = 5;

    OnlineRegistration create(RealmModel realm, String userId, String patientId, Relationship relationship,
                              PatientDetails claimed, String candidates, RegistrationStatus status);

    Optional<OnlineRegistration> findById(RealmModel realm, String id);

    /** The queue, newest first within pending and then within decided; only those of the status unless it is null. */
    List<OnlineRegistration> list(RealmModel realm, RegistrationStatus status, int first, int max);

    /** How many registrations have the status; every status when it is null. */
    long count(RealmModel realm, RegistrationStatus status);

    /** Decides a pending registration; false when it was no longer pending. */
    boolean decide(RealmModel realm, String id, RegistrationStatus decision, String decidedBy);

    /**
     * Puts the registration whose provisional record was merged away (MERGED) back in the queue,
     * undecided: the merge was undone. Its id, or empty when no registration was merged so.
     */
    Optional<String> reopenMerged(RealmModel realm, String provisionalPatientId);

    /**
     * Keeps a new code (its hash) for a record, sent for one account; it replaces the record's earlier
     * code. False, keeping nothing, when the record's codes of the day are used up.
     */
    boolean issueCode(RealmModel realm, String patientId, String userId, String codeHash, Instant expiresAt);

    /**
     * Whether the code, kept as one of {@code codeHashes}, proves the record for this account: the record's current, unexpired code,
     * sent for this account, while the record has wrong tries left today. A right code is used up;
     * anything else counts as a wrong try.
     */
    boolean proveCode(RealmModel realm, String patientId, String userId, Collection<String> codeHashes);


    /**
     * The dependents the account added in its rolling day (which starts again once a day old), its
     * row locked until the transaction ends: two additions by one account, on one node or two, are
     * counted one after the other.
     */
    DependentsDay lockDependentsDay(RealmModel realm, String userId);

    /** Counts one more dependent added in the account's day; after {@link #lockDependentsDay} in the same transaction. */
    void countDependentAdded(RealmModel realm, String userId);

    /** How many dependents an account added since when. */
    record DependentsDay(int added, Instant since) {
    }

    /** Forgets what an account claimed when it registered, and its codes: the account was deleted. */
    void removeAllOfUser(RealmModel realm, String userId);
}
