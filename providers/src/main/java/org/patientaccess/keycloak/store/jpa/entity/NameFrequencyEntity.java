package org.patientaccess.keycloak.store.jpa.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * How many active records of a realm held one value of a field (a given name key, a surname key, a
 * birth year) when last counted. Written only by set-based queries, read by JPQL.
 */
@Entity
@Table(name = "PA_NAME_FREQUENCY")
@IdClass(NameFrequencyEntity.Key.class)
public class NameFrequencyEntity {

    @Id
    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Id
    @Column(name = "FIELD", length = 16)
    private String field;

    @Id
    @Column(name = "NAME_KEY", length = 100)
    private String nameKey;

    @Column(name = "RECORDS", nullable = false)
    private long records;

    /** The primary key: realm, field, value. */
    public static class Key implements Serializable {

        private String realmId;
        private String field;
        private String nameKey;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(realmId, key.realmId) && Objects.equals(field, key.field)
                    && Objects.equals(nameKey, key.nameKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(realmId, field, nameKey);
        }
    }
}
