package org.patientaccess.keycloak.store.jpa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.core.DuplicatePair;
import org.patientaccess.keycloak.core.DuplicateScan;
import org.patientaccess.keycloak.core.DuplicateScanStatus;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.ScanKey;
import org.patientaccess.keycloak.core.ScanRow;
import org.patientaccess.keycloak.core.ScoredPair;
import org.patientaccess.keycloak.store.DuplicateStore;
import org.patientaccess.keycloak.store.jpa.entity.DuplicatePairEntity;
import org.patientaccess.keycloak.store.jpa.entity.DuplicateScanEntity;

class JpaDuplicateStore implements DuplicateStore {

    /** Keeps IN lists well under every database's bind-parameter limit. */
    private static final int IN_LIST_CHUNK = 500;
    private static final String RUNNING = DuplicateScanStatus.RUNNING.name();
    private static final String PROPOSED = " from DuplicatePairEntity d"
            + " join PatientRecordEntity a on a.id = d.patientA join PatientRecordEntity b on b.id = d.patientB"
            + " where d.realmId = :realmId and d.dismissedAt is null and a.status = 'ACTIVE' and b.status = 'ACTIVE'";

    private final EntityManager em;
    private final Clock clock;

    JpaDuplicateStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public DuplicateScan insertRunning(RealmModel realm, String startedBy, String owner, long total) {
        long now = clock.millis();
        DuplicateScanEntity entity = new DuplicateScanEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setStatus(RUNNING);
        entity.setTotal(total);
        entity.setStartedAt(now);
        entity.setStartedBy(startedBy);
        entity.setOwner(owner);
        entity.setHeartbeatAt(now);
        entity.setRunningRealmId(realm.getId());
        em.persist(entity);
        em.flush();
        return toScan(entity);
    }

    @Override
    public Optional<DuplicateScan> findScan(String scanId) {
        DuplicateScanEntity entity = scanId == null ? null : em.find(DuplicateScanEntity.class, scanId);
        return Optional.ofNullable(entity).map(JpaDuplicateStore::toScan);
    }

    @Override
    public Optional<DuplicateScan> latest(RealmModel realm) {
        return em.createQuery("select s from DuplicateScanEntity s where s.realmId = :realmId order by s.startedAt desc, s.id desc",
                        DuplicateScanEntity.class)
                .setParameter("realmId", realm.getId())
                .setMaxResults(1)
                .getResultList().stream().findFirst().map(JpaDuplicateStore::toScan);
    }

    @Override
    public Optional<DuplicateScan> running(RealmModel realm) {
        return em.createQuery("select s from DuplicateScanEntity s where s.runningRealmId = :realmId", DuplicateScanEntity.class)
                .setParameter("realmId", realm.getId())
                .getResultList().stream().findFirst().map(JpaDuplicateStore::toScan);
    }

    @Override
    public long countScanned(RealmModel realm, ScanKey key) {
        return em.createQuery("select count(p) from PatientRecordEntity p where p.realmId = :realmId and p.status = 'ACTIVE' and p."
                        + attribute(key) + " is not null", Long.class)
                .setParameter("realmId", realm.getId())
                .getSingleResult();
    }

    @Override
    public List<ScanRow> page(RealmModel realm, ScanKey key, String after, int limit) {
        String attribute = attribute(key);
        TypedQuery<Object[]> query = em.createQuery("select p.id, p.firstName, p.lastName, p.birthDate, p.email, p.phone, p." + attribute
                        + ", p.emailSource from PatientRecordEntity p where p.realmId = :realmId and p.status = 'ACTIVE' and p." + attribute + " is not null"
                        + (after == null ? "" : " and p." + attribute + " > :after")
                        // The key alone, so that its index (realm, key, ...) serves the order: no sort of the realm per page.
                        + " order by p." + attribute, Object[].class)
                .setParameter("realmId", realm.getId())
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("after", value(key, after));
        }
        return query.getResultList().stream().map(JpaDuplicateStore::toRow).toList();
    }

    @Override
    public List<ScanRow> block(RealmModel realm, ScanKey key, String value) {
        String attribute = attribute(key);
        return em.createQuery("select p.id, p.firstName, p.lastName, p.birthDate, p.email, p.phone, p." + attribute
                        + ", p.emailSource from PatientRecordEntity p where p.realmId = :realmId and p.status = 'ACTIVE' and p." + attribute + " = :value"
                        + " order by p.id", Object[].class)
                .setParameter("realmId", realm.getId())
                .setParameter("value", value(key, value))
                .getResultList().stream().map(JpaDuplicateStore::toRow).toList();
    }

    private static String attribute(ScanKey key) {
        return switch (key) {
            case LAST_NAME_PHONETIC -> "lastNamePhonetic";
            case FIRST_NAME_PHONETIC -> "firstNamePhonetic";
            case BIRTH_DATE -> "birthDate";
            case EMAIL -> "email";
            case PHONE -> "phone";
        };
    }

    private static Object value(ScanKey key, String value) {
        return key == ScanKey.BIRTH_DATE ? LocalDate.parse(value) : value;
    }

    /** As scoring reads it: an email someone acting for the patient typed is no evidence (see PatientRecord.evidence). */
    private static ScanRow toRow(Object[] row) {
        LocalDate birthDate = (LocalDate) row[3];
        boolean emailProves = row[7] != null && EmailSource.valueOf((String) row[7]).proves();
        return new ScanRow((String) row[0], new PatientDetails(null, (String) row[1], (String) row[2], birthDate,
                emailProves ? (String) row[4] : null, (String) row[5]), String.valueOf(row[6]));
    }

    @Override
    public boolean advance(String scanId, String owner, int pass, String cursor, long processed) {
        return em.createQuery("update DuplicateScanEntity s set s.pass = :pass, s.cursor = :cursor, s.processed = :processed,"
                        + " s.heartbeatAt = :now where s.id = :id and s.owner = :owner and s.status = :running")
                .setParameter("pass", pass)
                .setParameter("cursor", cursor)
                .setParameter("processed", processed)
                .setParameter("now", clock.millis())
                .setParameter("id", scanId)
                .setParameter("owner", owner)
                .setParameter("running", RUNNING)
                .executeUpdate() == 1;
    }

    @Override
    public boolean complete(String scanId, String owner, long processed, long pairsFound) {
        return em.createQuery("update DuplicateScanEntity s set s.status = :completed, s.processed = :processed, s.total = :processed,"
                        + " s.pairsFound = :pairs, s.finishedAt = :now, s.heartbeatAt = :now, s.runningRealmId = null"
                        + " where s.id = :id and s.owner = :owner and s.status = :running")
                .setParameter("completed", DuplicateScanStatus.COMPLETED.name())
                .setParameter("processed", processed)
                .setParameter("pairs", pairsFound)
                .setParameter("now", clock.millis())
                .setParameter("id", scanId)
                .setParameter("owner", owner)
                .setParameter("running", RUNNING)
                .executeUpdate() == 1;
    }

    @Override
    public boolean fail(String scanId, String owner) {
        return em.createQuery("update DuplicateScanEntity s set s.status = :failed, s.finishedAt = :now, s.runningRealmId = null"
                        + " where s.id = :id and s.owner = :owner and s.status = :running")
                .setParameter("failed", DuplicateScanStatus.FAILED.name())
                .setParameter("now", clock.millis())
                .setParameter("id", scanId)
                .setParameter("owner", owner)
                .setParameter("running", RUNNING)
                .executeUpdate() == 1;
    }

    @Override
    public List<DuplicateScan> findStale(long heartbeatBefore) {
        return em.createQuery("select s from DuplicateScanEntity s where s.status = :running and s.heartbeatAt < :before",
                        DuplicateScanEntity.class)
                .setParameter("running", RUNNING)
                .setParameter("before", heartbeatBefore)
                .getResultList().stream().map(JpaDuplicateStore::toScan).toList();
    }

    @Override
    public boolean takeOver(String scanId, long staleHeartbeat, String owner) {
        return em.createQuery("update DuplicateScanEntity s set s.owner = :owner, s.heartbeatAt = :now"
                        + " where s.id = :id and s.status = :running and s.heartbeatAt = :stale")
                .setParameter("owner", owner)
                .setParameter("now", clock.millis())
                .setParameter("id", scanId)
                .setParameter("running", RUNNING)
                .setParameter("stale", staleHeartbeat)
                .executeUpdate() == 1;
    }

    @Override
    public void savePairs(RealmModel realm, String scanId, Collection<ScoredPair> pairs) {
        Map<String, DuplicatePairEntity> known = new HashMap<>();
        for (DuplicatePairEntity entity : pairsOf(realm, pairs)) {
            known.put(entity.getPatientA() + " " + entity.getPatientB(), entity);
        }
        for (ScoredPair pair : pairs) {
            DuplicatePairEntity entity = known.get(pair.patientA() + " " + pair.patientB());
            boolean isNew = entity == null;
            if (isNew) {
                entity = new DuplicatePairEntity();
                entity.setId(KeycloakModelUtils.generateId());
                entity.setRealmId(realm.getId());
                entity.setPatientA(pair.patientA());
                entity.setPatientB(pair.patientB());
                known.put(pair.patientA() + " " + pair.patientB(), entity);
            }
            // A known pair keeps its id (and any dismissal): the console's links to it stay good.
            entity.setScanId(scanId);
            entity.setScore(pair.score());
            entity.setGrade(pair.grade().name());
            if (isNew) {
                em.persist(entity);
            }
        }
    }

    /** The stored rows of these pairs (and of other pairs of their first records), in chunks of IN lists. */
    private List<DuplicatePairEntity> pairsOf(RealmModel realm, Collection<ScoredPair> pairs) {
        List<String> firsts = pairs.stream().map(ScoredPair::patientA).distinct().toList();
        List<DuplicatePairEntity> found = new ArrayList<>();
        for (int from = 0; from < firsts.size(); from += IN_LIST_CHUNK) {
            found.addAll(em.createQuery("select d from DuplicatePairEntity d where d.realmId = :realmId and d.patientA in :firsts",
                            DuplicatePairEntity.class)
                    .setParameter("realmId", realm.getId())
                    .setParameter("firsts", firsts.subList(from, Math.min(firsts.size(), from + IN_LIST_CHUNK)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public Set<String> dismissedAmong(RealmModel realm, Collection<ScoredPair> pairs) {
        Set<String> wanted = new HashSet<>();
        pairs.forEach(pair -> wanted.add(pair.patientA() + " " + pair.patientB()));
        Set<String> dismissed = new HashSet<>();
        for (DuplicatePairEntity entity : pairsOf(realm, pairs)) {
            String key = entity.getPatientA() + " " + entity.getPatientB();
            if (entity.getDismissedAt() != null && wanted.contains(key)) {
                dismissed.add(key);
            }
        }
        return dismissed;
    }

    @Override
    public Set<String> dismissedAgainst(RealmModel realm, String patientId) {
        Set<String> others = new HashSet<>(em.createQuery("select d.patientB from DuplicatePairEntity d"
                        + " where d.realmId = :realmId and d.patientA = :id and d.dismissedAt is not null", String.class)
                .setParameter("realmId", realm.getId())
                .setParameter("id", patientId)
                .getResultList());
        others.addAll(em.createQuery("select d.patientA from DuplicatePairEntity d"
                        + " where d.realmId = :realmId and d.patientB = :id and d.dismissedAt is not null", String.class)
                .setParameter("realmId", realm.getId())
                .setParameter("id", patientId)
                .getResultList());
        return others;
    }

    @Override
    public void removePairsNotFoundBy(RealmModel realm, String scanId) {
        em.createQuery("delete from DuplicatePairEntity d where d.realmId = :realmId and d.dismissedAt is null and d.scanId <> :scanId")
                .setParameter("realmId", realm.getId())
                .setParameter("scanId", scanId)
                .executeUpdate();
    }

    @Override
    public long countFoundBy(RealmModel realm, String scanId) {
        return em.createQuery("select count(d) from DuplicatePairEntity d where d.realmId = :realmId and d.scanId = :scanId"
                        + " and d.dismissedAt is null", Long.class)
                .setParameter("realmId", realm.getId())
                .setParameter("scanId", scanId)
                .getSingleResult();
    }

    @Override
    public List<DuplicatePair> listProposed(RealmModel realm, MatchGrade grade, int first, int max) {
        TypedQuery<DuplicatePairEntity> query = em.createQuery("select d" + PROPOSED + (grade == null ? "" : " and d.grade = :grade")
                        + " order by case d.grade when 'CERTAIN' then 0 when 'PROBABLE' then 1 else 2 end, d.score desc, d.id",
                        DuplicatePairEntity.class)
                .setParameter("realmId", realm.getId())
                .setFirstResult(first)
                .setMaxResults(max);
        if (grade != null) {
            query.setParameter("grade", grade.name());
        }
        return query.getResultList().stream().map(JpaDuplicateStore::toPair).toList();
    }

    @Override
    public long countProposed(RealmModel realm, MatchGrade grade) {
        TypedQuery<Long> query = em.createQuery("select count(d)" + PROPOSED + (grade == null ? "" : " and d.grade = :grade"), Long.class)
                .setParameter("realmId", realm.getId());
        if (grade != null) {
            query.setParameter("grade", grade.name());
        }
        return query.getSingleResult();
    }

    @Override
    public Optional<DuplicatePair> findPair(RealmModel realm, String pairId) {
        DuplicatePairEntity entity = pairId == null ? null : em.find(DuplicatePairEntity.class, pairId);
        return entity == null || !entity.getRealmId().equals(realm.getId()) ? Optional.empty() : Optional.of(toPair(entity));
    }

    @Override
    public void dismiss(RealmModel realm, String pairId, String dismissedBy) {
        em.createQuery("update DuplicatePairEntity d set d.dismissedAt = :now, d.dismissedBy = :by"
                        + " where d.id = :id and d.realmId = :realmId and d.dismissedAt is null")
                .setParameter("now", clock.millis())
                .setParameter("by", dismissedBy)
                .setParameter("id", pairId)
                .setParameter("realmId", realm.getId())
                .executeUpdate();
    }

    void removeAll(RealmModel realm) {
        em.createQuery("delete from DuplicatePairEntity d where d.realmId = :realmId").setParameter("realmId", realm.getId()).executeUpdate();
        em.createQuery("delete from DuplicateScanEntity s where s.realmId = :realmId").setParameter("realmId", realm.getId()).executeUpdate();
    }


    private static DuplicateScan toScan(DuplicateScanEntity entity) {
        return new DuplicateScan(entity.getId(), entity.getRealmId(), DuplicateScanStatus.valueOf(entity.getStatus()), entity.getPass(),
                entity.getCursor(), entity.getProcessed(), entity.getTotal(), entity.getPairsFound(),
                Instant.ofEpochMilli(entity.getStartedAt()), entity.getFinishedAt() == null ? null : Instant.ofEpochMilli(entity.getFinishedAt()),
                entity.getStartedBy(), entity.getOwner(), Instant.ofEpochMilli(entity.getHeartbeatAt()));
    }

    private static DuplicatePair toPair(DuplicatePairEntity entity) {
        return new DuplicatePair(entity.getId(), entity.getPatientA(), entity.getPatientB(), entity.getScore(),
                MatchGrade.valueOf(entity.getGrade()), entity.getScanId(),
                entity.getDismissedAt() == null ? null : Instant.ofEpochMilli(entity.getDismissedAt()), entity.getDismissedBy());
    }
}
