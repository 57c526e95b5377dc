package org.patientaccess.keycloak.store.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An access grant row. ACTIVE_PAIR_KEY and ACTIVE_SELF_KEY are set only while the grant is not
 * revoked; unique constraints on them make "one active grant per account and record" and "one active
 * SELF grant per record" hold even when two nodes create grants at the same moment.
 */
@Entity
@Table(name = "PA_ACCESS_GRANT")
public class AccessGrantEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "PATIENT_ID", length = 36, nullable = false)
    private String patientId;

    @Column(name = "RELATIONSHIP", length = 16, nullable = false)
    private String relationship;

    /** Comma-separated {@link org.patientaccess.keycloak.core.GrantPermission} names. */
    @Column(name = "PERMISSIONS", length = 64, nullable = false)
    private String permissions;

    @Column(name = "ORIGIN", length = 16, nullable = false)
    private String origin;

    @Column(name = "VALID_UNTIL")
    private Long validUntil;

    @Column(name = "CREATED_BY", length = 36)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "REVOKED_AT")
    private Long revokedAt;

    @Column(name = "REVOKED_BY", length = 36)
    private String revokedBy;

    @Column(name = "ACTIVE_PAIR_KEY", length = 73)
    private String activePairKey;

    @Column(name = "ACTIVE_SELF_KEY", length = 36)
    private String activeSelfKey;

    /** A {@link org.patientaccess.keycloak.core.LegalBasis} name; null when staff recorded none. */
    @Column(name = "LEGAL_BASIS", length = 32)
    private String legalBasis;

    /** What an age band took away and may be given back, comma-separated like PERMISSIONS; null when none. */
    @Column(name = "WITHHELD_PERMISSIONS", length = 64)
    private String withheldPermissions;

    /** Optimistic lock: every change bumps it, so a stale copy of the row is never written back. */
    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getPatientId() { return patientId; }
    public void setPatientId(String patientId) { this.patientId = patientId; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public String getPermissions() { return permissions; }
    public void setPermissions(String permissions) { this.permissions = permissions; }
    public String getOrigin() { return origin; }
    public void setOrigin(String origin) { this.origin = origin; }
    public Long getValidUntil() { return validUntil; }
    public void setValidUntil(Long validUntil) { this.validUntil = validUntil; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
    public Long getRevokedAt() { return revokedAt; }
    public void setRevokedAt(Long revokedAt) { this.revokedAt = revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public void setRevokedBy(String revokedBy) { this.revokedBy = revokedBy; }
    public String getActivePairKey() { return activePairKey; }
    public void setActivePairKey(String activePairKey) { this.activePairKey = activePairKey; }
    public String getActiveSelfKey() { return activeSelfKey; }
    public void setActiveSelfKey(String activeSelfKey) { this.activeSelfKey = activeSelfKey; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getWithheldPermissions() { return withheldPermissions; }
    public void setWithheldPermissions(String withheldPermissions) { this.withheldPermissions = withheldPermissions; }
}
