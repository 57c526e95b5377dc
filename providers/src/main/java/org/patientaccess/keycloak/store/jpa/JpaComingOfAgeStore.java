package org.patientaccess.keycloak.store.jpa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.core.ComingOfAgeStep;
import org.patientaccess.keycloak.core.ContinuedGuardianship;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.store.ComingOfAgeStore;
import org.patientaccess.keycloak.store.jpa.entity.ComingOfAgeStepEntity;
import org.patientaccess.keycloak.store.jpa.entity.ContinuedGuardianshipEntity;

class JpaComingOfAgeStore implements ComingOfAgeStore {

    private final EntityManager em;
    private final Clock clock;

    JpaComingOfAgeStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Optional<ContinuedGuardianship> findContinuedGuardianship(RealmModel realm, String patientId) {
        return Optional.ofNullable(em.find(ContinuedGuardianshipEntity.class, patientId))
                .filter(entity -> entity.getRealmId().equals(realm.getId()))
                .map(JpaComingOfAgeStore::toMark);
    }

    @Override
    public Map<String, ContinuedGuardianship> findContinuedGuardianships(RealmModel realm, Collection<String> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select g from ContinuedGuardianshipEntity g where g.realmId = :realmId and g.patientId in :ids",
                        ContinuedGuardianshipEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("ids", patientIds)
                .getResultStream()
                .map(JpaComingOfAgeStore::toMark)
                .collect(Collectors.toMap(ContinuedGuardianship::patientId, Function.identity()));
    }

    @Override
    public ContinuedGuardianship markContinuedGuardianship(RealmModel realm, String patientId, String reason, String setBy) {
        ContinuedGuardianshipEntity found = em.find(ContinuedGuardianshipEntity.class, patientId);
        ContinuedGuardianshipEntity entity = found == null ? new ContinuedGuardianshipEntity() : found;
        entity.setPatientId(patientId);
        entity.setRealmId(realm.getId());
        entity.setReason(reason);
        entity.setSetBy(setBy);
        entity.setSetAt(clock.millis());
        // Persisted only once every not-null column is set: Hibernate checks them at persist.
        if (found == null) {
            em.persist(entity);
        }
        em.flush();
        return toMark(entity);
    }

    @Override
    public boolean clearContinuedGuardianship(RealmModel realm, String patientId) {
        return em.createQuery("delete from ContinuedGuardianshipEntity g where g.realmId = :realmId and g.patientId = :patientId")
                .setParameter("realmId", realm.getId())
                .setParameter("patientId", patientId)
                .executeUpdate() > 0;
    }

    @Override
    public List<String> findActiveBornBetween(RealmModel realm, LocalDate earliest, LocalDate latest, int first, int max) {
        return em.createQuery("select p.id from PatientRecordEntity p where p.realmId = :realmId and p.status = :active"
                        + " and p.birthDate between :earliest and :latest order by p.birthDate, p.id", String.class)
                .setParameter("realmId", realm.getId())
                .setParameter("active", PatientStatus.ACTIVE.name())
                .setParameter("earliest", earliest)
                .setParameter("latest", latest)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countActiveBornBetween(RealmModel realm, LocalDate earliest, LocalDate latest) {
        return em.createQuery("select count(p) from PatientRecordEntity p where p.realmId = :realmId and p.status = :active"
                        + " and p.birthDate between :earliest and :latest", Long.class)
                .setParameter("realmId", realm.getId())
                .setParameter("active", PatientStatus.ACTIVE.name())
                .setParameter("earliest", earliest)
                .setParameter("latest", latest)
                .getSingleResult();
    }

    @Override
    public boolean claim(RealmModel realm, String patientId, ComingOfAgeStep step, LocalDate dueOn) {
        if (doneAt(realm, patientId, step, dueOn).isPresent()) {
            return false;
        }
        ComingOfAgeStepEntity entity = new ComingOfAgeStepEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setPatientId(patientId);
        entity.setStep(step.name());
        entity.setDueOn(dueOn);
        entity.setDoneAt(clock.millis());
        em.persist(entity);
        // Now, not at commit: a concurrent claim waits here on the unique key and then fails.
        em.flush();
        return true;
    }

    @Override
    public Optional<Instant> doneAt(RealmModel realm, String patientId, ComingOfAgeStep step, LocalDate dueOn) {
        return em.createQuery("select s.doneAt from ComingOfAgeStepEntity s where s.realmId = :realmId and s.patientId = :patientId"
                        + " and s.step = :step and s.dueOn = :dueOn", Long.class)
                .setParameter("realmId", realm.getId())
                .setParameter("patientId", patientId)
                .setParameter("step", step.name())
                .setParameter("dueOn", dueOn)
                .getResultStream()
                .findFirst()
                .map(Instant::ofEpochMilli);
    }

    void removeAll(RealmModel realm) {
        em.createQuery("delete from ContinuedGuardianshipEntity g where g.realmId = :realmId").setParameter("realmId", realm.getId()).executeUpdate();
        em.createQuery("delete from ComingOfAgeStepEntity s where s.realmId = :realmId").setParameter("realmId", realm.getId()).executeUpdate();
    }


    private static ContinuedGuardianship toMark(ContinuedGuardianshipEntity entity) {
        return new ContinuedGuardianship(entity.getPatientId(), entity.getReason(), entity.getSetBy(), Instant.ofEpochMilli(entity.getSetAt()));
    }
}
