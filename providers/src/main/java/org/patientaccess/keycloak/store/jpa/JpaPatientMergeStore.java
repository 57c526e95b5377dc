package org.patientaccess.keycloak.store.jpa;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.core.PatientMerge;
import org.patientaccess.keycloak.store.PatientMergeStore;
import org.patientaccess.keycloak.store.jpa.entity.PatientMergeEntity;

class JpaPatientMergeStore implements PatientMergeStore {

    private final EntityManager em;
    private final Clock clock;

    JpaPatientMergeStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public PatientMerge save(RealmModel realm, PatientMerge merge) {
        PatientMergeEntity entity = new PatientMergeEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setSurvivorId(merge.survivorId());
        entity.setMergedId(merge.mergedId());
        entity.setBeforeImage(BeforeImage.write(merge));
        entity.setSurvivorVersion(merge.survivorVersionAfter());
        entity.setCreatedBy(merge.createdBy());
        entity.setCreatedAt(clock.millis());
        em.persist(entity);
        return toMerge(entity);
    }

    @Override
    public Optional<PatientMerge> findById(RealmModel realm, String id) {
        PatientMergeEntity entity = id == null ? null : em.find(PatientMergeEntity.class, id);
        return entity == null || !entity.getRealmId().equals(realm.getId()) ? Optional.empty() : Optional.of(toMerge(entity));
    }

    @Override
    public List<PatientMerge> list(RealmModel realm, int first, int max) {
        return em.createQuery("select m from PatientMergeEntity m where m.realmId = :realmId order by m.createdAt desc, m.id",
                        PatientMergeEntity.class)
                .setParameter("realmId", realm.getId())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList().stream()
                .map(JpaPatientMergeStore::toMerge)
                .toList();
    }

    @Override
    public List<PatientMerge> findByPatient(RealmModel realm, String patientId) {
        return em.createQuery("select m from PatientMergeEntity m where m.realmId = :realmId"
                        + " and (m.survivorId = :patientId or m.mergedId = :patientId) order by m.createdAt desc, m.id",
                        PatientMergeEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("patientId", patientId)
                .getResultList().stream()
                .map(JpaPatientMergeStore::toMerge)
                .toList();
    }

    @Override
    public boolean markUndone(RealmModel realm, String id, String undoneBy) {
        return em.createQuery("update PatientMergeEntity m set m.undoneBy = :undoneBy, m.undoneAt = :now"
                        + " where m.id = :id and m.realmId = :realmId and m.undoneAt is null")
                .setParameter("undoneBy", undoneBy)
                .setParameter("now", clock.millis())
                .setParameter("id", id)
                .setParameter("realmId", realm.getId())
                .executeUpdate() == 1;
    }

    void removeAll(RealmModel realm) {
        em.createQuery("delete from PatientMergeEntity m where m.realmId = :realmId")
                .setParameter("realmId", realm.getId())
                .executeUpdate();
    }


    private static PatientMerge toMerge(PatientMergeEntity entity) {
        BeforeImage image = BeforeImage.read(entity.getBeforeImage());
        return new PatientMerge(entity.getId(), entity.getRealmId(), entity.getSurvivorId(), entity.getMergedId(),
                image.survivor(), image.merged(), image.grants(), image.invitations(), entity.getSurvivorVersion(),
                entity.getCreatedBy(), Instant.ofEpochMilli(entity.getCreatedAt()), entity.getUndoneBy(),
                entity.getUndoneAt() == null ? null : Instant.ofEpochMilli(entity.getUndoneAt()));
    }
}
