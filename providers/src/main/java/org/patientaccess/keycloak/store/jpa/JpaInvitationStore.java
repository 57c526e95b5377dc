package org.patientaccess.keycloak.store.jpa;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.core.ConcurrentChangeException;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.core.InvitationStateException;
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.NewInvitation;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.store.InvitationStore;
import org.patientaccess.keycloak.store.jpa.entity.InvitationEntity;

class JpaInvitationStore implements InvitationStore {

    private final EntityManager em;
    private final Clock clock;

    JpaInvitationStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Invitation create(RealmModel realm, NewInvitation invitation) {
        InvitationEntity entity = new InvitationEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setPatientId(invitation.patientId());
        entity.setEmail(invitation.email().toLowerCase(Locale.ROOT));
        entity.setLocale(invitation.locale());
        entity.setRelationship(invitation.relationship().name());
        entity.setPermissions(PermissionsColumn.write(invitation.permissions()));
        entity.setStatus(InvitationStatus.PENDING.name());
        entity.setNonce(KeycloakModelUtils.generateId());
        entity.setExpiresAt(invitation.expiresAt().toEpochMilli());
        entity.setCreatedBy(invitation.createdBy());
        entity.setCreatedAt(clock.millis());
        entity.setLegalBasis(invitation.legalBasis() == null ? null : invitation.legalBasis().name());
        entity.setOrigin(invitation.origin().name());
        entity.setAccessUntil(invitation.accessUntil() == null ? null : invitation.accessUntil().toEpochMilli());
        em.persist(entity);
        em.flush();
        return toInvitation(entity);
    }

    @Override
    public Optional<Invitation> findById(RealmModel realm, String id) {
        return findEntity(realm, id).map(JpaInvitationStore::toInvitation);
    }

    @Override
    public List<Invitation> findByPatient(RealmModel realm, String patientId) {
        return em.createQuery("select i from InvitationEntity i where i.realmId = :realmId and i.patientId = :patientId"
                        + " order by i.createdAt desc, i.id", InvitationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("patientId", patientId)
                .getResultList().stream()
                .map(JpaInvitationStore::toInvitation)
                .toList();
    }

    @Override
    public List<Invitation> findPendingByEmail(RealmModel realm, String email) {
        return em.createQuery("select i from InvitationEntity i where i.realmId = :realmId and i.email = :email"
                        + " and i.status = 'PENDING' and i.expiresAt > :now order by i.createdAt desc", InvitationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .setParameter("now", clock.millis())
                .getResultList().stream()
                .map(JpaInvitationStore::toInvitation)
                .toList();
    }

    @Override
    public List<Invitation> findPendingCreatedBy(RealmModel realm, String userId, GrantOrigin origin) {
        return em.createQuery("select i from InvitationEntity i where i.realmId = :realmId and i.createdBy = :userId"
                        + " and i.status = 'PENDING' and i.expiresAt > :now and i.origin = :origin order by i.createdAt desc", InvitationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .setParameter("now", clock.millis())
                .setParameter("origin", origin.name())
                .getResultList().stream()
                .map(JpaInvitationStore::toInvitation)
                .toList();
    }

    @Override
    public Invitation reissue(RealmModel realm, String id, String currentNonce, Instant expiresAt) {
        int updated = em.createQuery("update InvitationEntity i set i.nonce = :newNonce, i.expiresAt = :expiresAt,"
                        + " i.version = i.version + 1"
                        + " where i.id = :id and i.realmId = :realmId and i.nonce = :nonce and i.status = 'PENDING'")
                .setParameter("newNonce", KeycloakModelUtils.generateId())
                .setParameter("expiresAt", expiresAt.toEpochMilli())
                .setParameter("id", id)
                .setParameter("realmId", realm.getId())
                .setParameter("nonce", currentNonce)
                .executeUpdate();
        Invitation now = reread(id);
        if (updated == 0) {
            if (now.status() == InvitationStatus.PENDING) {
                throw new ConcurrentChangeException("the invitation was resent at the same moment; reload it");
            }
            throw new InvitationStateException(now.status(), "invite again instead");
        }
        return now;
    }

    @Override
    public Invitation recordSend(RealmModel realm, String id, String nonce) {
        // Counted in the database, on the link that was sent: no stale count is written back.
        int updated = em.createQuery("update InvitationEntity i set i.sendCount = i.sendCount + 1, i.lastSentAt = :now,"
                        + " i.version = i.version + 1 where i.id = :id and i.realmId = :realmId and i.nonce = :nonce")
                .setParameter("now", clock.millis())
                .setParameter("id", id)
                .setParameter("realmId", realm.getId())
                .setParameter("nonce", nonce)
                .executeUpdate();
        if (updated == 0) {
            throw new ConcurrentChangeException("the invitation changed while it was being sent; reload it");
        }
        return reread(id);
    }

    @Override
    public boolean decide(RealmModel realm, String id, String nonce, InvitationStatus decision, String userId) {
        long now = clock.millis();
        // One conditional update claims the invitation: of two concurrent decisions only one matches.
        // (A bulk update bypasses the persistence context; the copy a caller holds is read again.)
        int updated = em.createQuery("update InvitationEntity i set i.status = :decision, i.nonce = null,"
                        + " i.decidedBy = :userId, i.decidedAt = :now, i.version = i.version + 1"
                        + " where i.id = :id and i.realmId = :realmId and i.nonce = :nonce"
                        + " and i.status = 'PENDING' and i.expiresAt > :now")
                .setParameter("decision", decision.name())
                .setParameter("userId", userId)
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("realmId", realm.getId())
                .setParameter("nonce", nonce)
                .executeUpdate();
        reread(id);
        return updated == 1;
    }

    @Override
    public void carry(RealmModel realm, String id, String nonce, String userId) {
        em.createQuery("update InvitationEntity i set i.carriedBy = :userId, i.carriedNonce = :nonce, i.version = i.version + 1"
                        + " where i.id = :id and i.realmId = :realmId and i.nonce = :nonce and i.status = 'PENDING'")
                .setParameter("userId", userId)
                .setParameter("nonce", nonce)
                .setParameter("id", id)
                .setParameter("realmId", realm.getId())
                .executeUpdate();
        reread(id);
    }

    @Override
    public List<Invitation> findCarriedBy(RealmModel realm, String userId) {
        return em.createQuery("select i from InvitationEntity i where i.realmId = :realmId and i.carriedBy = :userId"
                        + " and i.nonce = i.carriedNonce and i.status = 'PENDING' and i.expiresAt > :now"
                        + " order by i.createdAt desc", InvitationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .setParameter("now", clock.millis())
                .getResultList().stream()
                .map(JpaInvitationStore::toInvitation)
                .toList();
    }

    @Override
    public void linkGrant(RealmModel realm, String id, String grantId) {
        em.createQuery("update InvitationEntity i set i.grantId = :grantId, i.version = i.version + 1"
                        + " where i.id = :id and i.realmId = :realmId")
                .setParameter("grantId", grantId)
                .setParameter("id", id)
                .setParameter("realmId", realm.getId())
                .executeUpdate();
        reread(id);
    }

    @Override
    public Optional<Invitation> revoke(RealmModel realm, String id) {
        if (findEntity(realm, id).isEmpty()) {
            return Optional.empty();
        }
        em.createQuery("update InvitationEntity i set i.status = 'REVOKED', i.nonce = null, i.decidedAt = :now,"
                        + " i.version = i.version + 1 where i.id = :id and i.realmId = :realmId and i.status = 'PENDING'")
                .setParameter("now", clock.millis())
                .setParameter("id", id)
                .setParameter("realmId", realm.getId())
                .executeUpdate();
        Invitation now = reread(id);
        if (now.status() != InvitationStatus.REVOKED) {
            throw new InvitationStateException(now.status(), "it can no longer be withdrawn");
        }
        return Optional.of(now);
    }

    @Override
    public List<String> movePending(RealmModel realm, String fromPatientId, String toPatientId) {
        List<InvitationEntity> pending = em.createQuery("select i from InvitationEntity i where i.realmId = :realmId"
                        + " and i.patientId = :patientId and i.status = 'PENDING'", InvitationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("patientId", fromPatientId)
                .getResultList();
        pending.forEach(invitation -> invitation.setPatientId(toPatientId));
        Flushes.flush(em, "an invitation of the merged record changed at the same moment");
        return pending.stream().map(InvitationEntity::getId).toList();
    }

    @Override
    public void moveBack(RealmModel realm, List<String> ids, String toPatientId) {
        ids.forEach(id -> findEntity(realm, id).ifPresent(invitation -> invitation.setPatientId(toPatientId)));
        Flushes.flush(em, "an invitation of the merged record changed at the same moment");
    }

    void removeAll(RealmModel realm) {
        em.createQuery("delete from InvitationEntity i where i.realmId = :realmId")
                .setParameter("realmId", realm.getId())
                .executeUpdate();
    }


    /** The row as the database has it now, after a bulk update that the persistence context did not see. */
    private Invitation reread(String id) {
        InvitationEntity entity = em.find(InvitationEntity.class, id);
        em.refresh(entity);
        return toInvitation(entity);
    }

    private Optional<InvitationEntity> findEntity(RealmModel realm, String id) {
        if (id == null) {
            return Optional.empty();
        }
        InvitationEntity entity = em.find(InvitationEntity.class, id);
        return entity == null || !entity.getRealmId().equals(realm.getId()) ? Optional.empty() : Optional.of(entity);
    }

    private static Invitation toInvitation(InvitationEntity entity) {
        return new Invitation(
                entity.getId(),
                entity.getRealmId(),
                entity.getPatientId(),
                entity.getEmail(),
                entity.getLocale(),
                Relationship.valueOf(entity.getRelationship()),
                PermissionsColumn.read(entity.getPermissions()),
                InvitationStatus.valueOf(entity.getStatus()),
                entity.getNonce(),
                Instant.ofEpochMilli(entity.getExpiresAt()),
                entity.getSendCount(),
                entity.getLastSentAt() == null ? null : Instant.ofEpochMilli(entity.getLastSentAt()),
                entity.getCreatedBy(),
                Instant.ofEpochMilli(entity.getCreatedAt()),
                entity.getDecidedBy(),
                entity.getDecidedAt() == null ? null : Instant.ofEpochMilli(entity.getDecidedAt()),
                entity.getGrantId(),
                entity.getLegalBasis() == null ? null : LegalBasis.valueOf(entity.getLegalBasis()),
                entity.getOrigin() == null ? GrantOrigin.INVITATION : GrantOrigin.valueOf(entity.getOrigin()),
                entity.getAccessUntil() == null ? null : Instant.ofEpochMilli(entity.getAccessUntil()));
    }
}
