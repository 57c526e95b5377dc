package org.patientaccess.keycloak.store.jpa;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.cache.UserCache;

/**
 * The accounts whose lists of patients ({@link CachedAccessLists}) a transaction changes: those whose
 * grants it gives, changes, moves or ends, and those holding a grant on a record whose status, names or
 * birth date it changes. Just before the transaction commits, each is evicted from Keycloak's user
 * cache; Keycloak drops them on this node and sends the eviction to every other node as the commit
 * completes, before the request answers, the same way it makes a disabled account felt everywhere.
 */
final class AccessListEvictions {

    private static final int IN_LIST_CHUNK = 500;

    private final KeycloakSession session;
    private final EntityManager em;
    private final Map<String, Changed> byRealm = new LinkedHashMap<>();

    AccessListEvictions(KeycloakSession session, EntityManager em) {
        this.session = session;
        this.em = em;
    }

    /** The account's grants changed. */
    void account(RealmModel realm, String userId) {
        changed(realm).accounts.add(userId);
    }

    /** What the claim shows of this record changed: every account acting for it. */
    void record(RealmModel realm, String patientId) {
        changed(realm).records.add(patientId);
    }

    private Changed changed(RealmModel realm) {
        if (byRealm.isEmpty()) {
            session.getTransactionManager().enlistPrepare(new EvictOnCommit());
        }
        return byRealm.computeIfAbsent(realm.getId(), id -> new Changed(realm));
    }

    private record Changed(RealmModel realm, Set<String> accounts, Set<String> records) {
        Changed(RealmModel realm) {
            this(realm, new HashSet<>(), new HashSet<>());
        }
    }

    /** Runs in the prepare phase: the database is still open, and Keycloak's user cache sends the evictions after the commit. */
    private final class EvictOnCommit extends AbstractKeycloakTransaction {

        @Override
        protected void commitImpl() {
            UserCache cache = session.getProvider(UserCache.class);
            if (cache == null) {
                return;
            }
            for (Changed changed : byRealm.values()) {
                Set<String> accounts = new HashSet<>(changed.accounts());
                accounts.addAll(holders(changed.realm(), changed.records()));
                for (String userId : accounts) {
                    UserModel account = session.users().getUserById(changed.realm(), userId);
                    if (account != null) {
                        cache.evict(changed.realm(), account);
                    }
                }
            }
        }

        @Override
        protected void rollbackImpl() {
        }
    }

    /** The accounts holding a grant on any of these records, in IN lists well under every database's bind limit. */
    private Set<String> holders(RealmModel realm, Set<String> records) {
        List<String> all = List.copyOf(records);
        Set<String> holders = new HashSet<>();
        for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
            holders.addAll(em.createQuery("select distinct g.userId from AccessGrantEntity g where g.realmId = :realmId"
                            + " and g.patientId in :records and g.revokedAt is null", String.class)
                    .setParameter("realmId", realm.getId())
                    .setParameter("records", all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK)))
                    // Every change was flushed by the store as it was made.
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList());
        }
        return holders;
    }
}
