package org.patientaccess.keycloak.store.jpa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.core.GrantReview;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.ReviewDecision;
import org.patientaccess.keycloak.store.GrantReviewStore;
import org.patientaccess.keycloak.store.jpa.entity.GrantReviewEntity;

class JpaGrantReviewStore implements GrantReviewStore {

    /** The open reviews of the realm whose grant is active on an active record: the queue. */
    private static final String OPEN = " from GrantReviewEntity r, AccessGrantEntity g, PatientRecordEntity p"
            + " where r.realmId = :realmId and r.decidedAt is null and g.id = r.grantId and g.realmId = :realmId"
            + " and g.revokedAt is null and (g.validUntil is null or g.validUntil > :now)"
            + " and p.id = g.patientId and p.status = :active";

    private final EntityManager em;
    private final Clock clock;

    JpaGrantReviewStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Optional<GrantReview> open(RealmModel realm, String grantId, String patientId, LocalDate bandDay, LocalDate dueOn) {
        boolean exists = !em.createQuery("select r.id from GrantReviewEntity r where r.grantId = :grantId and r.bandDay = :bandDay", String.class)
                .setParameter("grantId", grantId)
                .setParameter("bandDay", bandDay)
                .getResultList().isEmpty();
        if (exists) {
            return Optional.empty();
        }
        GrantReviewEntity entity = new GrantReviewEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setGrantId(grantId);
        entity.setPatientId(patientId);
        entity.setBandDay(bandDay);
        entity.setDueOn(dueOn);
        entity.setOpenedAt(clock.millis());
        em.persist(entity);
        // Now, not at commit: a concurrent twin waits here on the unique key and then fails.
        em.flush();
        return Optional.of(toReview(entity));
    }

    @Override
    public Optional<GrantReview> findById(RealmModel realm, String id) {
        return Optional.ofNullable(em.find(GrantReviewEntity.class, id))
                .filter(entity -> entity.getRealmId().equals(realm.getId()))
                .map(JpaGrantReviewStore::toReview);
    }

    @Override
    public List<GrantReview> findOpen(RealmModel realm, Instant now, LocalDate dueBefore, int first, int max) {
        return open("select r" + OPEN + (dueBefore == null ? "" : " and r.dueOn < :dueBefore") + " order by r.dueOn, r.openedAt, r.id",
                GrantReviewEntity.class, realm, now, dueBefore)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(JpaGrantReviewStore::toReview)
                .toList();
    }

    @Override
    public long countOpen(RealmModel realm, Instant now, LocalDate dueBefore) {
        return open("select count(r)" + OPEN + (dueBefore == null ? "" : " and r.dueOn < :dueBefore"), Long.class, realm, now, dueBefore)
                .getSingleResult();
    }

    private <T> TypedQuery<T> open(String query, Class<T> type, RealmModel realm, Instant now, LocalDate dueBefore) {
        TypedQuery<T> typed = em.createQuery(query, type)
                .setParameter("realmId", realm.getId())
                .setParameter("now", now.toEpochMilli())
                .setParameter("active", PatientStatus.ACTIVE.name());
        return dueBefore == null ? typed : typed.setParameter("dueBefore", dueBefore);
    }

    @Override
    public List<GrantReview> findByPatient(RealmModel realm, String patientId) {
        return em.createQuery("select r from GrantReviewEntity r, AccessGrantEntity g where g.id = r.grantId"
                        + " and g.realmId = :realmId and g.patientId = :patientId order by r.bandDay desc, r.openedAt desc, r.id",
                        GrantReviewEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("patientId", patientId)
                .getResultStream()
                .map(JpaGrantReviewStore::toReview)
                .toList();
    }

    @Override
    public Optional<GrantReview> decide(RealmModel realm, String id, ReviewDecision decision, String decidedBy) {
        int closed = em.createQuery("update GrantReviewEntity r set r.decision = :decision, r.decidedAt = :now, r.decidedBy = :by"
                        + " where r.id = :id and r.realmId = :realmId and r.decidedAt is null")
                .setParameter("decision", decision.name())
                .setParameter("now", clock.millis())
                .setParameter("by", decidedBy)
                .setParameter("id", id)
                .setParameter("realmId", realm.getId())
                .executeUpdate();
        if (closed == 0) {
            return Optional.empty();
        }
        GrantReviewEntity entity = em.find(GrantReviewEntity.class, id);
        // The bulk update went around the persistence context: read the row as it is now.
        em.refresh(entity);
        return Optional.of(toReview(entity));
    }

    @Override
    public int decideOpenOfGrant(RealmModel realm, String grantId, ReviewDecision decision, String decidedBy) {
        return em.createQuery("update GrantReviewEntity r set r.decision = :decision, r.decidedAt = :now, r.decidedBy = :by"
                        + " where r.grantId = :grantId and r.realmId = :realmId and r.decidedAt is null")
                .setParameter("decision", decision.name())
                .setParameter("now", clock.millis())
                .setParameter("by", decidedBy)
                .setParameter("grantId", grantId)
                .setParameter("realmId", realm.getId())
                .executeUpdate();
    }

    void removeAll(RealmModel realm) {
        em.createQuery("delete from GrantReviewEntity r where r.realmId = :realmId").setParameter("realmId", realm.getId()).executeUpdate();
    }

    private static GrantReview toReview(GrantReviewEntity entity) {
        return new GrantReview(entity.getId(), entity.getRealmId(), entity.getGrantId(), entity.getPatientId(), entity.getBandDay(),
                entity.getDueOn(), Instant.ofEpochMilli(entity.getOpenedAt()),
                entity.getDecidedAt() == null ? null : Instant.ofEpochMilli(entity.getDecidedAt()), entity.getDecidedBy(),
                entity.getDecision() == null ? null : ReviewDecision.valueOf(entity.getDecision()));
    }
}
