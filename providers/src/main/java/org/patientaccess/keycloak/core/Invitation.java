package org.patientaccess.keycloak.core;

import java.time.Instant;
import java.util.Set;

/**
 * An emailed offer of access to a patient record. The row is the truth: its {@code nonce} is the
 * one every valid link carries, so a resend (new nonce), a decision or a deletion (no nonce) kills
 * every older link at once. Its {@code legalBasis} (null: none recorded) goes onto the grant its
 * acceptance creates, and so do its {@code origin} (INVITATION from staff, FAMILY from the patient's
 * family) and {@code accessUntil} (when that grant ends; null: it does not end by itself).
 */
public record Invitation(
        String id,
        String realmId,
        String patientId,
        String email,
        String locale,
        Relationship relationship,
        Set<GrantPermission> permissions,
        InvitationStatus status,
        String nonce,
        Instant expiresAt,
        int sendCount,
        Instant lastSentAt,
        String createdBy,
        Instant createdAt,
        String decidedBy,
        Instant decidedAt,
        String grantId,
        LegalBasis legalBasis,
        GrantOrigin origin,
        Instant accessUntil) {

    /** The status as people see it: a pending invitation past its expiry has expired. */
    public InvitationStatus statusAt(Instant now) {
        return status == InvitationStatus.PENDING && !expiresAt.isAfter(now) ? InvitationStatus.EXPIRED : status;
    }
}
