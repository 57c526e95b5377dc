package org.patientaccess.keycloak.store.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many dependents one account added since {@code windowStartedAt} (a rolling day). The row is
 * locked while an addition is counted, so that two requests of one account, on one node or two,
 * count one after the other.
 */
@Entity
@Table(name = "PA_DEPENDENTS_DAY")
public class DependentsDayEntity {

    @Id
    @Column(name = "USER_ID", length = 36)
    private String userId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "WINDOW_STARTED_AT", nullable = false)
    private long windowStartedAt;

    @Column(name = "ADDED", nullable = false)
    private int added;

    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public long getWindowStartedAt() { return windowStartedAt; }
    public void setWindowStartedAt(long windowStartedAt) { this.windowStartedAt = windowStartedAt; }
    public int getAdded() { return added; }
    public void setAdded(int added) { this.added = added; }
}
