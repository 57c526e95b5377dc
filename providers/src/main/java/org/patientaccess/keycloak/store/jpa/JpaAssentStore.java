package org.patientaccess.keycloak.store.jpa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.Assent;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.store.AssentStore;
import org.patientaccess.keycloak.store.jpa.entity.AssentEntity;

class JpaAssentStore implements AssentStore {

    private final EntityManager em;
    private final Clock clock;

    JpaAssentStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Optional<Assent> find(RealmModel realm, String grantId) {
        return Optional.ofNullable(em.find(AssentEntity.class, grantId))
                .filter(entity -> entity.getRealmId().equals(realm.getId()))
                .map(JpaAssentStore::toAssent);
    }

    @Override
    public Map<String, Assent> findByGrants(RealmModel realm, Collection<String> grantIds) {
        if (grantIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from AssentEntity a where a.realmId = :realmId and a.grantId in :ids", AssentEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("ids", grantIds)
                .getResultStream()
                .map(JpaAssentStore::toAssent)
                .collect(Collectors.toMap(Assent::grantId, Function.identity()));
    }

    @Override
    public Assent put(RealmModel realm, String grantId, Set<GrantPermission> permissions, LocalDate until, String givenBy) {
        AssentEntity found = em.find(AssentEntity.class, grantId);
        AssentEntity entity = found == null ? new AssentEntity() : found;
        entity.setGrantId(grantId);
        entity.setRealmId(realm.getId());
        entity.setPermissions(PermissionsColumn.write(permissions));
        entity.setUntilDay(until);
        entity.setGivenBy(givenBy);
        entity.setGivenAt(clock.millis());
        // Persisted only once every not-null column is set: Hibernate checks them at persist.
        if (found == null) {
            em.persist(entity);
        }
        em.flush();
        return toAssent(entity);
    }

    @Override
    public boolean remove(RealmModel realm, String grantId) {
        return em.createQuery("delete from AssentEntity a where a.realmId = :realmId and a.grantId = :grantId")
                .setParameter("realmId", realm.getId())
                .setParameter("grantId", grantId)
                .executeUpdate() > 0;
    }

    @Override
    public List<Assent> findEndingBefore(RealmModel realm, LocalDate day, int max) {
        return em.createQuery("select a from AssentEntity a where a.realmId = :realmId and a.untilDay < :day"
                        + " order by a.untilDay, a.grantId", AssentEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("day", day)
                .setMaxResults(max)
                .getResultStream()
                .map(JpaAssentStore::toAssent)
                .toList();
    }

    void removeAll(RealmModel realm) {
        em.createQuery("delete from AssentEntity a where a.realmId = :realmId").setParameter("realmId", realm.getId()).executeUpdate();
    }

    private static Assent toAssent(AssentEntity entity) {
        return new Assent(entity.getGrantId(), PermissionsColumn.read(entity.getPermissions()), entity.getUntilDay(),
                entity.getGivenBy(), Instant.ofEpochMilli(entity.getGivenAt()));
    }
}
