package org.patientaccess.keycloak.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.ConcurrentChangeException;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.core.InvitationStateException;
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.NewInvitation;

/**
 * The store of invitations, one realm at a time. Every change of a pending invitation is a
 * conditional update on its state (and its current nonce) that bumps the row's version, so that of
 * two concurrent requests (on one node or two) exactly one wins and no stale copy is written back.
 */
public interface InvitationStore {

    Invitation create(RealmModel realm, NewInvitation invitation);

    Optional<Invitation> findById(RealmModel realm, String id);

    /** The invitations of a patient, newest first. */
    List<Invitation> findByPatient(RealmModel realm, String patientId);

    /** The pending, unexpired invitations addressed to an email. */
    List<Invitation> findPendingByEmail(RealmModel realm, String email);

    /** The pending, unexpired invitations an account created with this origin, in every record of the realm. */
    List<Invitation> findPendingCreatedBy(RealmModel realm, String userId, GrantOrigin origin);

    /**
     * A new link: a new nonce and expiry, if the invitation is still pending with {@code currentNonce}.
     * Throws {@link InvitationStateException} when it was decided or withdrawn, and
     * {@link ConcurrentChangeException} when another resend won.
     */
    Invitation reissue(RealmModel realm, String id, String currentNonce, Instant expiresAt);

    /**
     * Records one more send of the link carrying {@code nonce} (the first one, or a send that failed
     * before); throws {@link ConcurrentChangeException} when the invitation no longer carries it.
     */
    Invitation recordSend(RealmModel realm, String id, String nonce);

    /**
     * Decides a pending, unexpired invitation whose nonce is {@code nonce}: ACCEPTED or DECLINED by
     * {@code userId}. True for the one caller that won; false when the link was already used, resent,
     * deleted or has expired.
     */
    boolean decide(RealmModel realm, String id, String nonce, InvitationStatus decision, String userId);

    /**
     * Remembers that {@code userId} holds the link carrying {@code nonce}, if the invitation is still
     * pending with it; a later holder replaces an earlier one.
     */
    void carry(RealmModel realm, String id, String nonce, String userId);

    /**
     * The pending, unexpired invitations {@code userId} carries whose nonce is still the one of the
     * link it held (a resend or a decision ends that), newest first.
     */
    List<Invitation> findCarriedBy(RealmModel realm, String userId);

    void linkGrant(RealmModel realm, String id, String grantId);

    /**
     * Deletes the invitation for its links: REVOKED, no nonce; a revoked one stays as it is. Empty when
     * no such invitation exists; throws {@link InvitationStateException} when it was accepted or declined.
     */
    Optional<Invitation> revoke(RealmModel realm, String id);

    /**
     * Moves the pending invitations of one record to another (a merge); answers their ids. Throws
     * {@link ConcurrentChangeException} when one of them changed meanwhile.
     */
    List<String> movePending(RealmModel realm, String fromPatientId, String toPatientId);

    /** Moves these invitations to a record (undoing a merge). */
    void moveBack(RealmModel realm, List<String> ids, String toPatientId);

}
