package org.patientaccess.keycloak.store.jpa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.AccessGrantConflictException;
import org.patientaccess.keycloak.core.AccessiblePatient;
import org.patientaccess.keycloak.core.GrantMove;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.NewAccessGrant;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.store.jpa.entity.AccessGrantEntity;

class JpaAccessGrantStore implements AccessGrantStore {

    private final EntityManager em;
    private final Clock clock;
    private final AccessListEvictions evictions;

    private static final String CHANGED_MEANWHILE = "the access grant was changed at the same moment; reload it";

    JpaAccessGrantStore(EntityManager em, Clock clock, AccessListEvictions evictions) {
        this.em = em;
        this.clock = clock;
        this.evictions = evictions;
    }

    @Override
    public AccessGrant create(RealmModel realm, NewAccessGrant grant) {
        long now = clock.millis();
        endLapsedHolders(grant.userId(), grant.patientId(), grant.relationship() == Relationship.SELF, now);

        AccessGrantEntity entity = new AccessGrantEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setUserId(grant.userId());
        entity.setPatientId(grant.patientId());
        entity.setRelationship(grant.relationship().name());
        entity.setPermissions(PermissionsColumn.write(grant.permissions()));
        entity.setOrigin(grant.origin().name());
        entity.setValidUntil(grant.validUntil() == null ? null : grant.validUntil().toEpochMilli());
        entity.setCreatedBy(grant.createdBy());
        entity.setCreatedAt(now);
        entity.setLegalBasis(grant.legalBasis() == null ? null : grant.legalBasis().name());
        entity.setActivePairKey(pairKey(grant.userId(), grant.patientId()));
        entity.setActiveSelfKey(grant.relationship() == Relationship.SELF ? grant.patientId() : null);
        em.persist(entity);
        // A unique-key violation (a concurrent twin) surfaces here, as a conflict.
        Flushes.flush(em, () -> new AccessGrantConflictException(grant.relationship() == Relationship.SELF
                ? "the patient already has an account of their own, or this account already has access"
                : "this account already has access to the patient"), CHANGED_MEANWHILE);
        evictions.account(realm, grant.userId());
        return toGrant(entity);
    }

    @Override
    public Optional<AccessGrant> findById(RealmModel realm, String id) {
        return findEntity(realm, id).map(JpaAccessGrantStore::toGrant);
    }

    @Override
    public List<AccessGrant> findByPatient(RealmModel realm, String patientId, boolean includeEnded) {
        long now = clock.millis();
        return em.createQuery("select g from AccessGrantEntity g where g.realmId = :realmId and g.patientId = :patientId"
                        + " order by g.createdAt desc, g.id", AccessGrantEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("patientId", patientId)
                .getResultList().stream()
                .map(JpaAccessGrantStore::toGrant)
                .filter(grant -> includeEnded || grant.isActiveAt(Instant.ofEpochMilli(now)))
                .toList();
    }

    @Override
    public List<AccessGrant> findActiveByUser(RealmModel realm, String userId) {
        long now = clock.millis();
        return em.createQuery("select g from AccessGrantEntity g where g.userId = :userId and g.revokedAt is null"
                        + " and g.realmId = :realmId and (g.validUntil is null or g.validUntil > :now)"
                        + " order by g.createdAt, g.id", AccessGrantEntity.class)
                .setParameter("userId", userId)
                .setParameter("realmId", realm.getId())
                .setParameter("now", now)
                .getResultList().stream()
                .map(JpaAccessGrantStore::toGrant)
                .toList();
    }

    @Override
    public List<AccessiblePatient> findAccessiblePatients(RealmModel realm, UserModel account) {
        return CachedAccessLists.read(account, clock, evictions.pending(), () -> readAccessiblePatients(realm, account.getId()));
    }

    private List<AccessiblePatient> readAccessiblePatients(RealmModel realm, String userId) {
        // SELF sorts first in the database, so the order needs no second pass (and no second query).
        return em.createQuery("select g.patientId, g.relationship, g.permissions, r.firstName, r.lastName, r.birthDate, g.validUntil, g.id"
                        + " from AccessGrantEntity g join PatientRecordEntity r on r.id = g.patientId"
                        + " where g.userId = :userId and g.revokedAt is null and g.realmId = :realmId"
                        + " and (g.validUntil is null or g.validUntil > :now) and r.status = :active"
                        // A grant an age band suspended carries nothing: no access to show.
                        + " and g.permissions <> :suspended"
                        + " order by case when g.relationship = :self then 0 else 1 end, g.createdAt, g.id", Object[].class)
                .setParameter("userId", userId)
                .setParameter("realmId", realm.getId())
                .setParameter("now", clock.millis())
                .setParameter("active", PatientStatus.ACTIVE.name())
                .setParameter("self", Relationship.SELF.name())
                .setParameter("suspended", PermissionsColumn.NONE)
                // Grants change in requests of their own (and flush there): no need to flush, or
                // dirty-check, the token request's pending session updates before this read.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList().stream()
                .map(row -> new AccessiblePatient((String) row[0], Relationship.valueOf((String) row[1]),
                        PermissionsColumn.read((String) row[2]), (String) row[3], (String) row[4], (LocalDate) row[5],
                        row[6] == null ? null : Instant.ofEpochMilli((Long) row[6]), (String) row[7]))
                .toList();
    }

    @Override
    public Optional<AccessGrant> findActiveSelf(RealmModel realm, String patientId) {
        Instant now = clock.instant();
        return em.createQuery("select g from AccessGrantEntity g where g.activeSelfKey = :patientId and g.realmId = :realmId",
                        AccessGrantEntity.class)
                .setParameter("patientId", patientId)
                .setParameter("realmId", realm.getId())
                .getResultList().stream()
                .map(JpaAccessGrantStore::toGrant)
                .filter(grant -> grant.isActiveAt(now))
                .findFirst();
    }

    @Override
    public Optional<AccessGrant> update(RealmModel realm, String id, Relationship relationship,
                                        Set<GrantPermission> permissions, Instant validUntil, LegalBasis legalBasis) {
        return findEntity(realm, id).filter(entity -> entity.getRevokedAt() == null).map(entity -> {
            entity.setRelationship(relationship.name());
            entity.setActiveSelfKey(relationship == Relationship.SELF ? entity.getPatientId() : null);
            entity.setPermissions(PermissionsColumn.write(permissions));
            // Staff setting the permissions decided: nothing is left withheld to give back.
            entity.setWithheldPermissions(null);
            entity.setValidUntil(validUntil == null ? null : validUntil.toEpochMilli());
            entity.setLegalBasis(legalBasis == null ? null : legalBasis.name());
            Flushes.flush(em, () -> new AccessGrantConflictException("the patient already has an account of their own"), CHANGED_MEANWHILE);
            evictions.account(realm, entity.getUserId());
            return toGrant(entity);
        });
    }

    @Override
    public Optional<AccessGrant> changePermissions(RealmModel realm, String id, Set<GrantPermission> inForce, Set<GrantPermission> withheld) {
        return findEntity(realm, id).filter(entity -> entity.getRevokedAt() == null).map(entity -> {
            entity.setPermissions(PermissionsColumn.write(inForce));
            entity.setWithheldPermissions(PermissionsColumn.writeOptional(withheld));
            Flushes.flush(em, CHANGED_MEANWHILE);
            evictions.account(realm, entity.getUserId());
            return toGrant(entity);
        });
    }

    @Override
    public Optional<AccessGrant> revoke(RealmModel realm, String id, String revokedBy) {
        return findEntity(realm, id).map(entity -> {
            if (entity.getRevokedAt() == null) {
                end(entity, clock.millis(), revokedBy);
                Flushes.flush(em, CHANGED_MEANWHILE);
                evictions.account(realm, entity.getUserId());
            }
            return toGrant(entity);
        });
    }

    @Override
    public GrantMove moveAll(RealmModel realm, String fromPatientId, String toPatientId) {
        long now = clock.millis();
        List<String> moved = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        List<AccessGrantEntity> active = activeOn(realm, fromPatientId, now);
        Set<String> targetHolders = new HashSet<>();
        activeOn(realm, toPatientId, now).forEach(grant -> targetHolders.add(grant.getUserId()));
        for (AccessGrantEntity grant : active) {
            evictions.account(realm, grant.getUserId());
            if (targetHolders.contains(grant.getUserId())) {
                end(grant, now, null);
                ended.add(grant.getId());
            }
        }
        // Free the keys of the ended grants before the moved ones take the target's keys.
        flushOrConflict();
        for (AccessGrantEntity grant : active) {
            if (!ended.contains(grant.getId())) {
                endLapsedHolders(grant.getUserId(), toPatientId, Relationship.SELF.name().equals(grant.getRelationship()), now);
                repoint(grant, toPatientId);
                // Each move now: left dirty, the next query's automatic flush would meet a lost lock outside our catch.
                flushOrConflict();
                moved.add(grant.getId());
            }
        }
        return new GrantMove(List.copyOf(moved), List.copyOf(ended));
    }

    @Override
    public void undoMove(RealmModel realm, String toPatientId, String fromPatientId, GrantMove move) {
        for (String id : move.moved()) {
            findEntity(realm, id).filter(grant -> grant.getRevokedAt() == null && grant.getPatientId().equals(toPatientId))
                    .ifPresent(grant -> {
                        repoint(grant, fromPatientId);
                        evictions.account(realm, grant.getUserId());
                    });
        }
        flushOrConflict();
        for (String id : move.ended()) {
            findEntity(realm, id).ifPresent(grant -> {
                grant.setRevokedAt(null);
                grant.setRevokedBy(null);
                grant.setActivePairKey(pairKey(grant.getUserId(), grant.getPatientId()));
                grant.setActiveSelfKey(Relationship.SELF.name().equals(grant.getRelationship()) ? grant.getPatientId() : null);
                evictions.account(realm, grant.getUserId());
            });
        }
        flushOrConflict();
    }

    /**
     * A lapsed grant (validUntil passed) still holds its unique keys; ends the ones that would block
     * a grant of this account on this record, or of a SELF grant on it, and flushes (Hibernate
     * flushes inserts before updates).
     */
    private void endLapsedHolders(String userId, String patientId, boolean self, long now) {
        var holders = self
                ? em.createQuery("select g from AccessGrantEntity g where g.activePairKey = :pair or g.activeSelfKey = :patientId",
                        AccessGrantEntity.class).setParameter("patientId", patientId)
                : em.createQuery("select g from AccessGrantEntity g where g.activePairKey = :pair", AccessGrantEntity.class);
        holders.setParameter("pair", pairKey(userId, patientId))
                .getResultList().stream()
                .filter(existing -> existing.getValidUntil() != null && existing.getValidUntil() <= now)
                .forEach(lapsed -> end(lapsed, now, null));
        Flushes.flush(em, () -> new AccessGrantConflictException("this account already has access to the patient"), CHANGED_MEANWHILE);
    }

    private List<AccessGrantEntity> activeOn(RealmModel realm, String patientId, long now) {
        return em.createQuery("select g from AccessGrantEntity g where g.realmId = :realmId and g.patientId = :patientId"
                        + " and g.revokedAt is null and (g.validUntil is null or g.validUntil > :now)", AccessGrantEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("patientId", patientId)
                .setParameter("now", now)
                .getResultList();
    }

    private static void repoint(AccessGrantEntity grant, String patientId) {
        grant.setPatientId(patientId);
        grant.setActivePairKey(pairKey(grant.getUserId(), patientId));
        grant.setActiveSelfKey(Relationship.SELF.name().equals(grant.getRelationship()) ? patientId : null);
    }

    private void flushOrConflict() {
        Flushes.flush(em, () -> new AccessGrantConflictException("both records have an account of their own"), CHANGED_MEANWHILE);
    }

    void removeAll(RealmModel realm) {
        em.createQuery("delete from AccessGrantEntity g where g.realmId = :realmId")
                .setParameter("realmId", realm.getId())
                .executeUpdate();
    }

    @Override
    public void endAllOfUser(RealmModel realm, String userId) {
        // One conditional update that bumps the version: a copy another request holds can no longer be written back.
        em.createQuery("update AccessGrantEntity g set g.revokedAt = :now, g.activePairKey = null, g.activeSelfKey = null,"
                        + " g.version = g.version + 1 where g.realmId = :realmId and g.userId = :userId and g.revokedAt is null")
                .setParameter("now", clock.millis())
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .executeUpdate();
        evictions.account(realm, userId);
    }


    private Optional<AccessGrantEntity> findEntity(RealmModel realm, String id) {
        if (id == null) {
            return Optional.empty();
        }
        AccessGrantEntity entity = em.find(AccessGrantEntity.class, id);
        return entity == null || !entity.getRealmId().equals(realm.getId()) ? Optional.empty() : Optional.of(entity);
    }

    private static void end(AccessGrantEntity entity, long now, String revokedBy) {
        entity.setRevokedAt(now);
        entity.setRevokedBy(revokedBy);
        entity.setActivePairKey(null);
        entity.setActiveSelfKey(null);
    }

    private static String pairKey(String userId, String patientId) {
        return userId + ":" + patientId;
    }

    private static AccessGrant toGrant(AccessGrantEntity entity) {
        return new AccessGrant(
                entity.getId(),
                entity.getRealmId(),
                entity.getUserId(),
                entity.getPatientId(),
                Relationship.valueOf(entity.getRelationship()),
                PermissionsColumn.read(entity.getPermissions()),
                GrantOrigin.valueOf(entity.getOrigin()),
                entity.getValidUntil() == null ? null : Instant.ofEpochMilli(entity.getValidUntil()),
                entity.getCreatedBy(),
                Instant.ofEpochMilli(entity.getCreatedAt()),
                entity.getRevokedAt() == null ? null : Instant.ofEpochMilli(entity.getRevokedAt()),
                entity.getRevokedBy(),
                entity.getLegalBasis() == null ? null : LegalBasis.valueOf(entity.getLegalBasis()),
                PermissionsColumn.read(entity.getWithheldPermissions()));
    }
}
