package org.patientaccess.keycloak.store.jpa.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One coming-of-age step done for a record (a notice sent, its guardians' grants ended) for one day:
 * unique per record, step and day, so that a second run, on this node or another, claims nothing.
 * A corrected birth date gives another day, and so its own steps.
 */
@Entity
@Table(name = "PA_COMING_OF_AGE_STEP")
public class ComingOfAgeStepEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "PATIENT_ID", length = 36, nullable = false)
    private String patientId;

    @Column(name = "STEP", length = 16, nullable = false)
    private String step;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    @Column(name = "DONE_AT", nullable = false)
    private long doneAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getPatientId() { return patientId; }
    public void setPatientId(String patientId) { this.patientId = patientId; }
    public String getStep() { return step; }
    public void setStep(String step) { this.step = step; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public long getDoneAt() { return doneAt; }
    public void setDoneAt(long doneAt) { this.doneAt = doneAt; }
}
