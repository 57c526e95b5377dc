package org.patientaccess.keycloak.store.jpa;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.NameFrequencies.Frequency;
import org.patientaccess.keycloak.core.NameFrequencies;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.keys.NameKey;
import org.patientaccess.keycloak.store.NameFrequencyStore;
import org.patientaccess.keycloak.store.jpa.entity.NameFrequencyRefreshEntity;

class JpaNameFrequencyStore implements NameFrequencyStore {

    static final String FIRST_NAME = "FIRST_NAME";
    static final String LAST_NAME = "LAST_NAME";
    static final String BIRTH_YEAR = "BIRTH_YEAR";
    /**
     * Frequencies are shares, which new records of the same population barely move: a realm is counted
     * again once its active records grew or shrank by half, so that a realm imported in many parts is
     * counted a few times (the work of about three counts of the whole), not after every part.
     */
    private static final double STALE_SHARE = 0.5;
    /** Edits that keep the number of records (a name corrected) are counted at least daily. */
    private static final Duration MAX_AGE = Duration.ofDays(1);

    private final EntityManager em;
    private final Clock clock;

    JpaNameFrequencyStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public NameFrequencies frequenciesOf(RealmModel realm, PatientDetails person) {
        String year = person.birthDate() == null ? "" : Integer.toString(person.birthDate().getYear());
        // The primary key serves each of the three values; the refresh row, by its key, gives the typical counts.
        List<Object[]> rows = em.createQuery("select f.field, f.records, r.typicalFirstName, r.typicalLastName, r.typicalBirthYear"
                        + " from NameFrequencyEntity f, NameFrequencyRefreshEntity r where r.realmId = :realmId and f.realmId = :realmId"
                        + " and (f.field = :firstField and f.nameKey = :first or f.field = :lastField and f.nameKey = :last"
                        + " or f.field = :yearField and f.nameKey = :year)", Object[].class)
                .setParameter("realmId", realm.getId())
                .setParameter("firstField", FIRST_NAME).setParameter("first", NameKey.fold(person.firstName()))
                .setParameter("lastField", LAST_NAME).setParameter("last", NameKey.fold(person.lastName()))
                .setParameter("yearField", BIRTH_YEAR).setParameter("year", year)
                .getResultList();
        Map<String, Frequency> found = new HashMap<>();
        for (Object[] row : rows) {
            String field = (String) row[0];
            int typical = switch (field) {
                case FIRST_NAME -> 2;
                case LAST_NAME -> 3;
                default -> 4;
            };
            found.put(field, new Frequency((Long) row[1], (Double) row[typical]));
        }
        return new NameFrequencies(found.getOrDefault(FIRST_NAME, Frequency.UNKNOWN), found.getOrDefault(LAST_NAME, Frequency.UNKNOWN),
                found.getOrDefault(BIRTH_YEAR, Frequency.UNKNOWN));
    }

    @Override
    public boolean refreshIfStale(RealmModel realm) {
        // Locked first, so that a second node waits here and then sees this count as fresh.
        NameFrequencyRefreshEntity refresh = em.find(NameFrequencyRefreshEntity.class, realm.getId(), LockModeType.PESSIMISTIC_WRITE);
        long active = em.createQuery("select count(p) from PatientRecordEntity p where p.realmId = :realmId and p.status = 'ACTIVE'", Long.class)
                .setParameter("realmId", realm.getId())
                .getSingleResult();
        long now = clock.millis();
        if (refresh == null) {
            if (active == 0) {
                return false;
            }
            refresh = new NameFrequencyRefreshEntity();
            refresh.setRealmId(realm.getId());
            // Written at once: of two nodes counting a realm for the first time, the second fails here, before any work.
            em.persist(refresh);
            em.flush();
        } else if (Math.abs(active - refresh.getRecords()) < STALE_SHARE * refresh.getRecords()
                && now - refresh.getRefreshedAt() < MAX_AGE.toMillis()) {
            return false;
        }
        em.createQuery("delete from NameFrequencyEntity f where f.realmId = :realmId").setParameter("realmId", realm.getId()).executeUpdate();
        count(realm, FIRST_NAME, "p.firstNameKey", "");
        count(realm, LAST_NAME, "p.lastNameKey", "");
        count(realm, BIRTH_YEAR, "cast(year(p.birthDate) as String)", " and p.birthDate is not null");
        Map<String, Double> typical = new HashMap<>();
        em.createQuery("select f.field, sum(f.records * f.records), sum(f.records) from NameFrequencyEntity f where f.realmId = :realmId"
                        + " group by f.field", Object[].class)
                .setParameter("realmId", realm.getId())
                .getResultList()
                .forEach(row -> typical.put((String) row[0], ((Number) row[1]).doubleValue() / ((Number) row[2]).doubleValue()));
        refresh.setRecords(active);
        refresh.setRefreshedAt(now);
        refresh.setTypicalFirstName(typical.getOrDefault(FIRST_NAME, 0.0));
        refresh.setTypicalLastName(typical.getOrDefault(LAST_NAME, 0.0));
        refresh.setTypicalBirthYear(typical.getOrDefault(BIRTH_YEAR, 0.0));
        return true;
    }

    /** One set-based count of the realm's active records by one field's value ({@code field} is one of our constants). */
    private void count(RealmModel realm, String field, String value, String condition) {
        em.createQuery("insert into NameFrequencyEntity (realmId, field, nameKey, records)"
                        + " select p.realmId, '" + field + "', " + value + ", count(p) from PatientRecordEntity p"
                        + " where p.realmId = :realmId and p.status = 'ACTIVE'" + condition
                        + " group by p.realmId, " + value)
                .setParameter("realmId", realm.getId())
                .executeUpdate();
    }

    void removeAll(RealmModel realm) {
        em.createQuery("delete from NameFrequencyEntity f where f.realmId = :realmId").setParameter("realmId", realm.getId()).executeUpdate();
        em.createQuery("delete from NameFrequencyRefreshEntity r where r.realmId = :realmId").setParameter("realmId", realm.getId()).executeUpdate();
    }

}
