package org.patientaccess.keycloak.store.jpa.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A young person's assent on one grant (one per grant: giving again replaces it). */
@Entity
@Table(name = "PA_ASSENT")
public class AssentEntity {

    @Id
    @Column(name = "GRANT_ID", length = 36)
    private String grantId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "PERMISSIONS", length = 64, nullable = false)
    private String permissions;

    @Column(name = "UNTIL_DAY", nullable = false)
    private LocalDate untilDay;

    @Column(name = "GIVEN_BY", length = 36, nullable = false)
    private String givenBy;

    @Column(name = "GIVEN_AT", nullable = false)
    private long givenAt;

    public String getGrantId() { return grantId; }
    public void setGrantId(String grantId) { this.grantId = grantId; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getPermissions() { return permissions; }
    public void setPermissions(String permissions) { this.permissions = permissions; }
    public LocalDate getUntilDay() { return untilDay; }
    public void setUntilDay(LocalDate untilDay) { this.untilDay = untilDay; }
    public String getGivenBy() { return givenBy; }
    public void setGivenBy(String givenBy) { this.givenBy = givenBy; }
    public long getGivenAt() { return givenAt; }
    public void setGivenAt(long givenAt) { this.givenAt = givenAt; }
}
