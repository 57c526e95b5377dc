package org.patientaccess.keycloak.store.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Two records a scan found alike ({@code patientA < patientB}, so a pair is one row), with the scan
 * that last found them; a dismissed pair keeps its row so that no later scan proposes it again.
 */
@Entity
@Table(name = "PA_DUPLICATE_PAIR")
public class DuplicatePairEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "PATIENT_A", length = 36, nullable = false)
    private String patientA;

    @Column(name = "PATIENT_B", length = 36, nullable = false)
    private String patientB;

    @Column(name = "SCORE", nullable = false)
    private double score;

    @Column(name = "GRADE", length = 16, nullable = false)
    private String grade;

    @Column(name = "SCAN_ID", length = 36, nullable = false)
    private String scanId;

    @Column(name = "DISMISSED_AT")
    private Long dismissedAt;

    @Column(name = "DISMISSED_BY", length = 36)
    private String dismissedBy;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getPatientA() { return patientA; }
    public void setPatientA(String patientA) { this.patientA = patientA; }
    public String getPatientB() { return patientB; }
    public void setPatientB(String patientB) { this.patientB = patientB; }
    public double getScore() { return score; }
    public void setScore(double score) { this.score = score; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public String getScanId() { return scanId; }
    public void setScanId(String scanId) { this.scanId = scanId; }
    public Long getDismissedAt() { return dismissedAt; }
    public void setDismissedAt(Long dismissedAt) { this.dismissedAt = dismissedAt; }
    public String getDismissedBy() { return dismissedBy; }
    public void setDismissedBy(String dismissedBy) { this.dismissedBy = dismissedBy; }
}
