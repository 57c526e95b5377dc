package org.patientaccess.keycloak.store.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A realm's last count of its name frequencies: when, over how many active records, and each field's
 * typical count (the count a record's own value has, on average over the records). Its row is
 * locked while the realm is counted again.
 */
@Entity
@Table(name = "PA_NAME_FREQUENCY_REFRESH")
public class NameFrequencyRefreshEntity {

    @Id
    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "REFRESHED_AT", nullable = false)
    private long refreshedAt;

    @Column(name = "RECORDS", nullable = false)
    private long records;

    @Column(name = "TYPICAL_FIRST_NAME", nullable = false)
    private double typicalFirstName;

    @Column(name = "TYPICAL_LAST_NAME", nullable = false)
    private double typicalLastName;

    @Column(name = "TYPICAL_BIRTH_YEAR", nullable = false)
    private double typicalBirthYear;

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public long getRefreshedAt() {
        return refreshedAt;
    }

    public void setRefreshedAt(long refreshedAt) {
        this.refreshedAt = refreshedAt;
    }

    public long getRecords() {
        return records;
    }

    public void setRecords(long records) {
        this.records = records;
    }

    public double getTypicalFirstName() {
        return typicalFirstName;
    }

    public void setTypicalFirstName(double typicalFirstName) {
        this.typicalFirstName = typicalFirstName;
    }

    public double getTypicalLastName() {
        return typicalLastName;
    }

    public void setTypicalLastName(double typicalLastName) {
        this.typicalLastName = typicalLastName;
    }

    public double getTypicalBirthYear() {
        return typicalBirthYear;
    }

    public void setTypicalBirthYear(double typicalBirthYear) {
        this.typicalBirthYear = typicalBirthYear;
    }
}
