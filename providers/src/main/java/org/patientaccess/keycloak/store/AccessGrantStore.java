package org.patientaccess.keycloak.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.AccessGrantConflictException;
import org.patientaccess.keycloak.core.AccessiblePatient;
import org.patientaccess.keycloak.core.ConcurrentChangeException;
import org.patientaccess.keycloak.core.GrantMove;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.NewAccessGrant;
import org.patientaccess.keycloak.core.Relationship;

/** The store of access grants, one realm at a time. */
public interface AccessGrantStore {

    /** Creates an active grant; throws {@link AccessGrantConflictException} when one would be duplicated. */
    AccessGrant create(RealmModel realm, NewAccessGrant grant);

    Optional<AccessGrant> findById(RealmModel realm, String id);

    /** The grants on a patient record, newest first; ended ones (revoked or lapsed) only when asked. */
    List<AccessGrant> findByPatient(RealmModel realm, String patientId, boolean includeEnded);

    /** The active grants an account holds. */
    List<AccessGrant> findActiveByUser(RealmModel realm, String userId);

    /**
     * The ACTIVE records an account may act for through its active grants, its own record first, then
     * in the order the grants were made, for tokens on every login, refresh, userinfo and introspection:
     * kept with the account in Keycloak's user cache, so that a warm token reads no table; every change
     * to a grant, or to what a record shows in the list, evicts the accounts concerned on every node.
     */
    List<AccessiblePatient> findAccessiblePatients(RealmModel realm, UserModel account);

    /** The active SELF grant of a record: the patient's own account. */
    Optional<AccessGrant> findActiveSelf(RealmModel realm, String patientId);

    /**
     * Changes an active grant's terms ({@code legalBasis} null: none recorded), a decision that clears
     * what an age band withheld; empty when it has ended. Throws {@link AccessGrantConflictException} when
     * the record has another SELF grant, and {@link ConcurrentChangeException} when another request
     * changed or ended the grant meanwhile (the grant's optimistic lock).
     */
    Optional<AccessGrant> update(RealmModel realm, String id, Relationship relationship, Set<GrantPermission> permissions, Instant validUntil,
                                 LegalBasis legalBasis);

    /**
     * Sets an active grant's permissions in force and those withheld (an age band narrowing it, an
     * assent giving some back or ending) in one update; empty when it has ended. Throws
     * {@link ConcurrentChangeException} when another request changed or ended the grant meanwhile.
     */
    Optional<AccessGrant> changePermissions(RealmModel realm, String id, Set<GrantPermission> inForce, Set<GrantPermission> withheld);

    /**
     * Ends a grant; empty when no such grant exists in the realm. Ending an ended grant changes nothing.
     * Throws {@link ConcurrentChangeException} when another request changed the grant meanwhile.
     */
    Optional<AccessGrant> revoke(RealmModel realm, String id, String revokedBy);

    /**
     * Moves the active grants of one record to another (a merge). A grant whose account already acts
     * for the target is ended instead. Answers the ids moved and the ids ended, for an undo.
     */
    GrantMove moveAll(RealmModel realm, String fromPatientId, String toPatientId);

    /** Undoes a {@link #moveAll}: the moved grants go back, the ended ones are active again. */
    void undoMove(RealmModel realm, String toPatientId, String fromPatientId, GrantMove move);



    /** Ends the active grants of an account that is deleted; the rows stay, with ids only, as history. */
    void endAllOfUser(RealmModel realm, String userId);
}
