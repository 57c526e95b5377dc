package org.patientaccess.keycloak.model.jpa;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.model.OnlineRegistration;
import org.patientaccess.keycloak.model.OnlineRegistrationProvider;
import org.patientaccess.keycloak.model.PatientDetails;
import org.patientaccess.keycloak.model.RegistrationStatus;
import org.patientaccess.keycloak.model.Relationship;
import org.patientaccess.keycloak.model.entity.OnlineRegistrationEntity;

public class JpaOnlineRegistrationProvider implements OnlineRegistrationProvider {

    private final EntityManager em;
    private final Clock clock;

    public JpaOnlineRegistrationProvider(EntityManager em, Clock clock) {
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

    @Override
    public List<OnlineRegistration> list(RealmModel realm, int first, int max) {
        return em.createQuery("select r from OnlineRegistrationEntity r where r.realmId = :realmId"
                        + " order by case when r.status = 'PENDING' then 0 else 1 end, r.createdAt desc, r.id",
                        OnlineRegistrationEntity.class)
                .setParameter("realmId", realm.getId())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList().stream()
                .map(JpaOnlineRegistrationProvider::toRegistration)
                .toList();
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
    public void removeAll(RealmModel realm) {
        em.createQuery("delete from OnlineRegistrationEntity r where r.realmId = :realmId")
                .setParameter("realmId", realm.getId())
                .executeUpdate();
    }

    @Override
    public void close() {
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
