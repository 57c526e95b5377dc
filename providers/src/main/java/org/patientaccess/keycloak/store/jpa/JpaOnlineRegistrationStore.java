package org.patientaccess.keycloak.store.jpa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.core.OnlineRegistration;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.RegistrationStatus;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.store.OnlineRegistrationStore;
import org.patientaccess.keycloak.store.jpa.entity.DependentsDayEntity;
import org.patientaccess.keycloak.store.jpa.entity.OnlineRegistrationEntity;
import org.patientaccess.keycloak.store.jpa.entity.PatientRecordEntity;
import org.patientaccess.keycloak.store.jpa.entity.ProofCodeEntity;

class JpaOnlineRegistrationStore implements OnlineRegistrationStore {

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    private final EntityManager em;
    private final Clock clock;

    JpaOnlineRegistrationStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public OnlineRegistration create(RealmModel realm, String userId, String patientId, Relationship relationship,
                                     PatientDetails claimed, String candidates, RegistrationStatus status) {
        OnlineRegistrationEntity entity = new OnlineRegistrationEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setUserId(userId);
        entity.setPatientId(patientId);
        entity.setRelationship(relationship.name());
        entity.setFirstName(claimed.firstName());
        entity.setLastName(claimed.lastName());
        entity.setBirthDate(claimed.birthDate());
        entity.setEmail(claimed.email());
        entity.setPhone(claimed.phone());
        entity.setCandidates(candidates);
        entity.setStatus(status.name());
        entity.setCreatedAt(clock.millis());
        if (status != RegistrationStatus.PENDING) {
            entity.setDecidedAt(clock.millis());
        }
        em.persist(entity);
        return toRegistration(entity);
    }

    @Override
    public Optional<OnlineRegistration> findById(RealmModel realm, String id) {
        OnlineRegistrationEntity entity = id == null ? null : em.find(OnlineRegistrationEntity.class, id);
        return entity == null || !entity.getRealmId().equals(realm.getId()) ? Optional.empty() : Optional.of(toRegistration(entity));
    }

    /**
     * Pending first, then the decided, newest first in each: two queries that each read one index
     * range as far as the page goes (the realm's pending ones by status and time; the decided ones
     * by time), never sorting the realm's whole queue.
     */
    @Override
    public List<OnlineRegistration> list(RealmModel realm, RegistrationStatus status, int first, int max) {
        if (status != null) {
            return page(realm, "r.status = :status", status.name(), first, max);
        }
        long pending = count(realm, RegistrationStatus.PENDING);
        List<OnlineRegistration> page = new ArrayList<>();
        if (first < pending) {
            page.addAll(page(realm, "r.status = :status", RegistrationStatus.PENDING.name(), first, max));
        }
        if (page.size() < max) {
            int fromDecided = (int) Math.max(0, first - pending);
            page.addAll(page(realm, "r.status <> :status", RegistrationStatus.PENDING.name(), fromDecided, max - page.size()));
        }
        return page;
    }

    private List<OnlineRegistration> page(RealmModel realm, String condition, String status, int first, int max) {
        return em.createQuery("select r from OnlineRegistrationEntity r where r.realmId = :realmId and " + condition
                        + " order by r.createdAt desc, r.id", OnlineRegistrationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("status", status)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList().stream()
                .map(JpaOnlineRegistrationStore::toRegistration)
                .toList();
    }

    @Override
    public long count(RealmModel realm, RegistrationStatus status) {
        TypedQuery<Long> query = em.createQuery("select count(r) from OnlineRegistrationEntity r where r.realmId = :realmId"
                + (status == null ? "" : " and r.status = :status"), Long.class)
                .setParameter("realmId", realm.getId());
        if (status != null) {
            query.setParameter("status", status.name());
        }
        return query.getSingleResult();
    }

    @Override
    public boolean decide(RealmModel realm, String id, RegistrationStatus decision, String decidedBy) {
        return em.createQuery("update OnlineRegistrationEntity r set r.status = :decision, r.decidedBy = :decidedBy,"
                        + " r.decidedAt = :now where r.id = :id and r.realmId = :realmId and r.status = 'PENDING'")
                .setParameter("decision", decision.name())
                .setParameter("decidedBy", decidedBy)
                .setParameter("now", clock.millis())
                .setParameter("id", id)
                .setParameter("realmId", realm.getId())
                .executeUpdate() == 1;
    }

    @Override
    public Optional<String> reopenMerged(RealmModel realm, String provisionalPatientId) {
        // A provisional record is merged away once at a time (a MERGED record cannot be merged again
        // until that merge is undone), so at most one MERGED registration names it.
        List<OnlineRegistrationEntity> merged = em.createQuery("select r from OnlineRegistrationEntity r where r.realmId = :realmId"
                        + " and r.patientId = :patientId and r.status = 'MERGED'", OnlineRegistrationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("patientId", provisionalPatientId)
                .getResultList();
        merged.forEach(entity -> {
            entity.setStatus(RegistrationStatus.PENDING.name());
            entity.setDecidedBy(null);
            entity.setDecidedAt(null);
        });
        em.flush();
        return merged.stream().map(OnlineRegistrationEntity::getId).findFirst();
    }

    @Override
    public boolean issueCode(RealmModel realm, String patientId, String userId, String codeHash, Instant expiresAt) {
        Optional<ProofCodeEntity> limits = lockedLimits(realm, patientId);
        if (limits.isEmpty() || limits.get().getSends() >= MAX_CODES_SENT_PER_DAY) {
            return false;
        }
        ProofCodeEntity row = limits.get();
        row.setSends(row.getSends() + 1);
        row.setCodeHash(codeHash);
        row.setCodeUserId(userId);
        row.setCodeExpiresAt(expiresAt.toEpochMilli());
        em.flush();
        return true;
    }

    @Override
    public boolean proveCode(RealmModel realm, String patientId, String userId, Collection<String> codeHashes) {
        Optional<ProofCodeEntity> limits = lockedLimits(realm, patientId);
        if (limits.isEmpty() || limits.get().getFailures() >= MAX_WRONG_CODES_PER_DAY) {
            return false;
        }
        ProofCodeEntity row = limits.get();
        boolean proves = row.getCodeHash() != null
                && userId.equals(row.getCodeUserId())
                && row.getCodeExpiresAt() != null && row.getCodeExpiresAt() > clock.millis()
                && codeHashes.stream().anyMatch(codeHash ->
                        MessageDigest.isEqual(row.getCodeHash().getBytes(StandardCharsets.UTF_8), codeHash.getBytes(StandardCharsets.UTF_8)));
        if (proves) {
            row.setCodeHash(null);
            row.setCodeUserId(null);
            row.setCodeExpiresAt(null);
        } else {
            row.setFailures(row.getFailures() + 1);
        }
        em.flush();
        return proves;
    }

    /**
     * The record's code row, created if need be, its day restarted once over; empty when the record
     * is not in the realm. The patient record's row is locked first (SELECT ... FOR UPDATE) until the
     * transaction ends: two registrations of one record, on one node or two, count one after the
     * other, and the first code row of a record is never inserted twice.
     */
    private Optional<ProofCodeEntity> lockedLimits(RealmModel realm, String patientId) {
        PatientRecordEntity record = em.find(PatientRecordEntity.class, patientId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null || !record.getRealmId().equals(realm.getId())) {
            return Optional.empty();
        }
        long now = clock.millis();
        ProofCodeEntity row = em.find(ProofCodeEntity.class, patientId);
        if (row == null) {
            row = new ProofCodeEntity();
            row.setPatientId(patientId);
            row.setRealmId(realm.getId());
            row.setWindowStartedAt(now);
            em.persist(row);
        } else if (row.getWindowStartedAt() <= now - DAY_MILLIS) {
            row.setWindowStartedAt(now);
            row.setSends(0);
            row.setFailures(0);
        }
        return Optional.of(row);
    }

    void removeAll(RealmModel realm) {
        em.createQuery("delete from OnlineRegistrationEntity r where r.realmId = :realmId")
                .setParameter("realmId", realm.getId())
                .executeUpdate();
        em.createQuery("delete from ProofCodeEntity c where c.realmId = :realmId")
                .setParameter("realmId", realm.getId())
                .executeUpdate();
        em.createQuery("delete from DependentsDayEntity d where d.realmId = :realmId")
                .setParameter("realmId", realm.getId())
                .executeUpdate();
    }

    @Override
    public DependentsDay lockDependentsDay(RealmModel realm, String userId) {
        DependentsDayEntity day = em.find(DependentsDayEntity.class, userId, LockModeType.PESSIMISTIC_WRITE);
        long now = clock.millis();
        if (day == null) {
            day = new DependentsDayEntity();
            day.setUserId(userId);
            day.setRealmId(realm.getId());
            day.setWindowStartedAt(now);
            em.persist(day);
            // An account's first addition on two nodes at once: one inserts, the other is told to try again.
            Flushes.flush(em, "another request of the same account added a dependent at the same moment; try again");
        } else if (day.getWindowStartedAt() <= now - DAY_MILLIS) {
            day.setWindowStartedAt(now);
            day.setAdded(0);
        }
        return new DependentsDay(day.getAdded(), Instant.ofEpochMilli(day.getWindowStartedAt()));
    }

    @Override
    public void countDependentAdded(RealmModel realm, String userId) {
        DependentsDayEntity day = em.find(DependentsDayEntity.class, userId);
        day.setAdded(day.getAdded() + 1);
    }

    @Override
    public void removeAllOfUser(RealmModel realm, String userId) {
        em.createQuery("delete from OnlineRegistrationEntity r where r.realmId = :realmId and r.userId = :userId")
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .executeUpdate();
        em.createQuery("delete from DependentsDayEntity d where d.realmId = :realmId and d.userId = :userId")
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .executeUpdate();
        // The record's limits stay (they protect the record); only the account's code goes.
        em.createQuery("update ProofCodeEntity c set c.codeHash = null, c.codeUserId = null, c.codeExpiresAt = null"
                        + " where c.realmId = :realmId and c.codeUserId = :userId")
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .executeUpdate();
    }


    private static OnlineRegistration toRegistration(OnlineRegistrationEntity entity) {
        return new OnlineRegistration(
                entity.getId(),
                entity.getRealmId(),
                entity.getUserId(),
                entity.getPatientId(),
                Relationship.valueOf(entity.getRelationship()),
                new PatientDetails(null, entity.getFirstName(), entity.getLastName(), entity.getBirthDate(), entity.getEmail(), entity.getPhone()),
                entity.getCandidates(),
                RegistrationStatus.valueOf(entity.getStatus()),
                Instant.ofEpochMilli(entity.getCreatedAt()),
                entity.getDecidedBy(),
                entity.getDecidedAt() == null ? null : Instant.ofEpochMilli(entity.getDecidedAt()));
    }
}
