package org.patientaccess.keycloak.store.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A patient record's one-time code (hashed) and how many codes were sent and wrong codes tried for
 * it since {@code windowStartedAt}. Changed only while the patient record's row is locked.
 */
@Entity
@Table(name = "PA_PROOF_CODE")
public class ProofCodeEntity {

    @Id
    @Column(name = "PATIENT_ID", length = 36)
    private String patientId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "WINDOW_STARTED_AT", nullable = false)
    private long windowStartedAt;

    @Column(name = "SENDS", nullable = false)
    private int sends;

    @Column(name = "FAILURES", nullable = false)
    private int failures;

    @Column(name = "CODE_HASH", length = 64)
    private String codeHash;

    @Column(name = "CODE_USER_ID", length = 36)
    private String codeUserId;

    @Column(name = "CODE_EXPIRES_AT")
    private Long codeExpiresAt;

    public String getPatientId() {
        return patientId;
    }

    public void setPatientId(String patientId) {
        this.patientId = patientId;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public long getWindowStartedAt() {
        return windowStartedAt;
    }

    public void setWindowStartedAt(long windowStartedAt) {
        this.windowStartedAt = windowStartedAt;
    }

    public int getSends() {
        return sends;
    }

    public void setSends(int sends) {
        this.sends = sends;
    }

    public int getFailures() {
        return failures;
    }

    public void setFailures(int failures) {
        this.failures = failures;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public void setCodeHash(String codeHash) {
        this.codeHash = codeHash;
    }

    public String getCodeUserId() {
        return codeUserId;
    }

    public void setCodeUserId(String codeUserId) {
        this.codeUserId = codeUserId;
    }

    public Long getCodeExpiresAt() {
        return codeExpiresAt;
    }

    public void setCodeExpiresAt(Long codeExpiresAt) {
        this.codeExpiresAt = codeExpiresAt;
    }
}
