package org.patientaccess.keycloak.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * The store of invitations, one realm at a time. Every change of a pending invitation is a
 * conditional update on its current nonce, so that of two concurrent requests (on one node or two)
 * exactly one wins.
 */
public interface InvitationProvider extends Provider {

    Invitation create(RealmModel realm, NewInvitation invitation);

    Optional<Invitation> findById(RealmModel realm, String id);

    /** The invitations of a patient, newest first. */
    List<Invitation> findByPatient(RealmModel realm, String patientId);

    /** The pending, unexpired invitations addressed to an email. */
    List<Invitation> findPendingByEmail(RealmModel realm, String email);

    /** A new link: a new nonce and expiry, one more send. Empty unless the invitation is pending. */
    Optional<Invitation> reissue(RealmModel realm, String id, Instant expiresAt);

    /** Records one more send of the current link (the first one, or a send that failed before). */
    void recordSend(RealmModel realm, String id);

    /**
     * Decides a pending, unexpired invitation whose nonce is {@code nonce}: ACCEPTED or DECLINED by
     * {@code userId}. True for the one caller that won; false when the link was already used, resent,
     * deleted or has expired.
     */
    boolean decide(RealmModel realm, String id, String nonce, InvitationStatus decision, String userId);

    void linkGrant(RealmModel realm, String id, String grantId);

    /** Deletes the invitation for its links: REVOKED, no nonce. Empty when no such invitation exists. */
    Optional<Invitation> revoke(RealmModel realm, String id);

    /** Moves the pending invitations of one record to another (a merge); answers their ids. */
    List<String> movePending(RealmModel realm, String fromPatientId, String toPatientId);

    /** Moves these invitations to a record (undoing a merge). */
    void moveBack(RealmModel realm, List<String> ids, String toPatientId);

    void removeAll(RealmModel realm);
}
