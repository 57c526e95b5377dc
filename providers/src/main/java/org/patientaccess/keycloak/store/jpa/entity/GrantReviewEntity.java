package org.patientaccess.keycloak.store.jpa.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Staff's review of one guardian grant for one band day: unique per grant and band day, so that a
 * second run (the same day, or another node) opens nothing twice.
 */
@Entity
@Table(name = "PA_GRANT_REVIEW")
public class GrantReviewEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "GRANT_ID", length = 36, nullable = false)
    private String grantId;

    @Column(name = "PATIENT_ID", length = 36, nullable = false)
    private String patientId;

    @Column(name = "BAND_DAY", nullable = false)
    private LocalDate bandDay;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    @Column(name = "OPENED_AT", nullable = false)
    private long openedAt;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    @Column(name = "DECIDED_BY", length = 36)
    private String decidedBy;

    /** A {@link org.patientaccess.keycloak.core.ReviewDecision} name; null while the review is open. */
    @Column(name = "DECISION", length = 16)
    private String decision;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getGrantId() { return grantId; }
    public void setGrantId(String grantId) { this.grantId = grantId; }
    public String getPatientId() { return patientId; }
    public void setPatientId(String patientId) { this.patientId = patientId; }
    public LocalDate getBandDay() { return bandDay; }
    public void setBandDay(LocalDate bandDay) { this.bandDay = bandDay; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public long getOpenedAt() { return openedAt; }
    public void setOpenedAt(long openedAt) { this.openedAt = openedAt; }
    public Long getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Long decidedAt) { this.decidedAt = decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
}
