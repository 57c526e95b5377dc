package org.patientaccess.keycloak.store.jpa;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.cache.UserCache;

/**
 * Evicts from Keycloak's user cache every account whose list of patients ({@link CachedAccessLists})
 * the session's transaction changes: those whose grants it gives, changes, moves or ends, and those
 * holding a grant on a record whose status, names or birth date it changes. Keycloak registers each
 * eviction at once (the account is no longer read from its cache in this session) and carries it out
 * as the transaction commits: on this node, and on every other node through its own cluster events,
 * before the request answers, the same way it makes a disabled account felt everywhere. Evicting as
 * the change is made, rather than at commit, matters: Keycloak accepts no new work in a transaction
 * that is committing.
 */
final class AccessListEvictions {

    private final KeycloakSession session;
    private final EntityManager em;
    private final Set<String> evicted = new HashSet<>();

    AccessListEvictions(KeycloakSession session, EntityManager em) {
        this.session = session;
        this.em = em;
    }

    /** Whether this transaction has changed any account's list (its evictions wait for the commit). */
    boolean pending() {
        return !evicted.isEmpty();
    }

    /** The account's grants changed. */
    void account(RealmModel realm, String userId) {
        if (!evicted.add(realm.getId() + ":" + userId)) {
            return;
        }
        UserCache cache = session.getProvider(UserCache.class);
        UserModel account = cache == null ? null : session.users().getUserById(realm, userId);
        if (account != null) {
            cache.evict(realm, account);
        }
    }

    /** What the claim shows of this record changed: every account acting for it. */
    void record(RealmModel realm, String patientId) {
        em.createQuery("select distinct g.userId from AccessGrantEntity g where g.realmId = :realmId"
                        + " and g.patientId = :patientId and g.revokedAt is null", String.class)
                .setParameter("realmId", realm.getId())
                .setParameter("patientId", patientId)
                // The store flushes each change to a grant as it makes it; nothing else needs writing first.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(userId -> account(realm, userId));
    }
}
