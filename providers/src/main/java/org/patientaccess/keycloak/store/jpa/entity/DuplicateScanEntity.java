package org.patientaccess.keycloak.store.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A duplicate scan's row: where it is (pass and the last key it finished), its counts, and who runs
 * it. {@code runningRealmId} is the realm's id while it runs and null after; its unique constraint
 * lets the database, not a node's memory, decide that a realm has one running scan.
 */
@Entity
@Table(name = "PA_DUPLICATE_SCAN")
public class DuplicateScanEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "PASS", nullable = false)
    private int pass;

    @Column(name = "CURSOR_KEY", length = 254)
    private String cursor;

    @Column(name = "PROCESSED", nullable = false)
    private long processed;

    @Column(name = "TOTAL", nullable = false)
    private long total;

    @Column(name = "PAIRS_FOUND")
    private Long pairsFound;

    @Column(name = "STARTED_AT", nullable = false)
    private long startedAt;

    @Column(name = "FINISHED_AT")
    private Long finishedAt;

    @Column(name = "STARTED_BY", length = 36)
    private String startedBy;

    @Column(name = "OWNER", length = 36)
    private String owner;

    @Column(name = "HEARTBEAT_AT", nullable = false)
    private long heartbeatAt;

    @Column(name = "RUNNING_REALM_ID", length = 36)
    private String runningRealmId;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public int getPass() { return pass; }
    public void setPass(int pass) { this.pass = pass; }
    public String getCursor() { return cursor; }
    public void setCursor(String cursor) { this.cursor = cursor; }
    public long getProcessed() { return processed; }
    public void setProcessed(long processed) { this.processed = processed; }
    public long getTotal() { return total; }
    public void setTotal(long total) { this.total = total; }
    public Long getPairsFound() { return pairsFound; }
    public void setPairsFound(Long pairsFound) { this.pairsFound = pairsFound; }
    public long getStartedAt() { return startedAt; }
    public void setStartedAt(long startedAt) { this.startedAt = startedAt; }
    public Long getFinishedAt() { return finishedAt; }
    public void setFinishedAt(Long finishedAt) { this.finishedAt = finishedAt; }
    public String getStartedBy() { return startedBy; }
    public void setStartedBy(String startedBy) { this.startedBy = startedBy; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public long getHeartbeatAt() { return heartbeatAt; }
    public void setHeartbeatAt(long heartbeatAt) { this.heartbeatAt = heartbeatAt; }
    public String getRunningRealmId() { return runningRealmId; }
    public void setRunningRealmId(String runningRealmId) { this.runningRealmId = runningRealmId; }
}
