package org.patientaccess.keycloak.store.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record staff marked as needing continued guardianship: its guardians' grants do not end when it comes of age. */
@Entity
@Table(name = "PA_CONTINUED_GUARDIANSHIP")
public class ContinuedGuardianshipEntity {

    @Id
    @Column(name = "PATIENT_ID", length = 36)
    private String patientId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "REASON", length = 500, nullable = false)
    private String reason;

    @Column(name = "SET_BY", length = 36, nullable = false)
    private String setBy;

    @Column(name = "SET_AT", nullable = false)
    private long setAt;

    public String getPatientId() { return patientId; }
    public void setPatientId(String patientId) { this.patientId = patientId; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getSetBy() { return setBy; }
    public void setSetBy(String setBy) { this.setBy = setBy; }
    public long getSetAt() { return setAt; }
    public void setSetAt(long setAt) { this.setAt = setAt; }
}
