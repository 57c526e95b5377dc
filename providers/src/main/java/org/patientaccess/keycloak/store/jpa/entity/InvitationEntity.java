package org.patientaccess.keycloak.store.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An invitation row; NONCE is the secret every valid link carries, null once the invitation is decided or deleted. */
@Entity
@Table(name = "PA_INVITATION")
public class InvitationEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "PATIENT_ID", length = 36, nullable = false)
    private String patientId;

    @Column(name = "EMAIL", length = 254, nullable = false)
    private String email;

    @Column(name = "LOCALE", length = 16)
    private String locale;

    @Column(name = "RELATIONSHIP", length = 16, nullable = false)
    private String relationship;

    @Column(name = "PERMISSIONS", length = 64, nullable = false)
    private String permissions;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "NONCE", length = 36)
    private String nonce;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    @Column(name = "SEND_COUNT", nullable = false)
    private int sendCount;

    @Column(name = "LAST_SENT_AT")
    private Long lastSentAt;

    @Column(name = "CREATED_BY", length = 36)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "DECIDED_BY", length = 36)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    @Column(name = "GRANT_ID", length = 36)
    private String grantId;

    /**
     * The account that registered or signed in holding this invitation's link, and the link's nonce
     * then (written and read only by the store's queries): the invitation is offered to that account
     * on any device while the row's nonce is still that one.
     */
    @Column(name = "CARRIED_BY", length = 36)
    private String carriedBy;

    @Column(name = "CARRIED_NONCE", length = 36)
    private String carriedNonce;

    /** A {@link org.patientaccess.keycloak.core.LegalBasis} name; null when staff recorded none. */
    @Column(name = "LEGAL_BASIS", length = 32)
    private String legalBasis;

    /** The {@link org.patientaccess.keycloak.core.GrantOrigin} of the grant an acceptance creates; null before temporary carers: INVITATION. */
    @Column(name = "ORIGIN", length = 16)
    private String origin;

    /** When the grant an acceptance creates ends (epoch millis); null: it does not end by itself. */
    @Column(name = "ACCESS_UNTIL")
    private Long accessUntil;

    /** Optimistic lock: every change bumps it, so a stale copy of the row is never written back. */
    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getPatientId() { return patientId; }
    public void setPatientId(String patientId) { this.patientId = patientId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public String getPermissions() { return permissions; }
    public void setPermissions(String permissions) { this.permissions = permissions; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getNonce() { return nonce; }
    public void setNonce(String nonce) { this.nonce = nonce; }
    public long getExpiresAt() { return expiresAt; }
    public void setExpiresAt(long expiresAt) { this.expiresAt = expiresAt; }
    public int getSendCount() { return sendCount; }
    public void setSendCount(int sendCount) { this.sendCount = sendCount; }
    public Long getLastSentAt() { return lastSentAt; }
    public void setLastSentAt(Long lastSentAt) { this.lastSentAt = lastSentAt; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public Long getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Long decidedAt) { this.decidedAt = decidedAt; }
    public String getGrantId() { return grantId; }
    public void setGrantId(String grantId) { this.grantId = grantId; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getOrigin() { return origin; }
    public void setOrigin(String origin) { this.origin = origin; }
    public Long getAccessUntil() { return accessUntil; }
    public void setAccessUntil(Long accessUntil) { this.accessUntil = accessUntil; }
}
