package org.patientaccess.keycloak.store.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A merge's history row: the before-image of both records (JSON) and what moved, for audit and undo. */
@Entity
@Table(name = "PA_PATIENT_MERGE")
public class PatientMergeEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "SURVIVOR_ID", length = 36, nullable = false)
    private String survivorId;

    @Column(name = "MERGED_ID", length = 36, nullable = false)
    private String mergedId;

    @Column(name = "BEFORE_IMAGE", nullable = false)
    private String beforeImage;

    /** The survivor's version right after the merge: an undo is refused once the survivor moved on. */
    @Column(name = "SURVIVOR_VERSION")
    private Integer survivorVersion;

    @Column(name = "CREATED_BY", length = 36)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UNDONE_BY", length = 36)
    private String undoneBy;

    @Column(name = "UNDONE_AT")
    private Long undoneAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getSurvivorId() { return survivorId; }
    public void setSurvivorId(String survivorId) { this.survivorId = survivorId; }
    public String getMergedId() { return mergedId; }
    public void setMergedId(String mergedId) { this.mergedId = mergedId; }
    public String getBeforeImage() { return beforeImage; }
    public void setBeforeImage(String beforeImage) { this.beforeImage = beforeImage; }
    public Integer getSurvivorVersion() { return survivorVersion; }
    public void setSurvivorVersion(Integer survivorVersion) { this.survivorVersion = survivorVersion; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
    public String getUndoneBy() { return undoneBy; }
    public void setUndoneBy(String undoneBy) { this.undoneBy = undoneBy; }
    public Long getUndoneAt() { return undoneAt; }
    public void setUndoneAt(Long undoneAt) { this.undoneAt = undoneAt; }
}
