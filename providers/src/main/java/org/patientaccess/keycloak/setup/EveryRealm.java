package org.patientaccess.keycloak.setup;

import java.util.function.BiConsumer;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.dblock.DBLockProvider;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;

/**
 * Applies a setup step of ours to every realm: the existing ones once the database is ready, new ones
 * as they are created (after their import, so a realm file that already holds the thing keeps it).
 */
public final class EveryRealm {

    private EveryRealm() {
    }

    /**
     * To be called from a factory's {@code postInit}. It opens no session there: factories are
     * post-initialised in no fixed order, and before the JPA factory's turn the database is not
     * reachable ("emf is null" fails the server's start).
     */
    public static void apply(KeycloakSessionFactory factory, BiConsumer<KeycloakSession, RealmModel> setup) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent ready) {
                setUpExistingRealms(ready.getFactory(), setup);
            } else if (event instanceof RealmModel.RealmPostCreateEvent created) {
                setup.accept(created.getKeycloakSession(), created.getCreatedRealm());
            }
        });
    }

    /**
     * Cluster nodes starting together each run this at the same moment, on the same realms: two of
     * them both finding the scope missing would both insert it, and one fail on its unique key (a
     * required action would be registered twice). So each node holds Keycloak's boot lock (a row lock
     * in the database, the one its own start takes) while it sets up and commits; the node after it
     * then finds everything there.
     */
    private static void setUpExistingRealms(KeycloakSessionFactory factory, BiConsumer<KeycloakSession, RealmModel> setup) {
        KeycloakModelUtils.runJobInTransaction(factory, lockSession -> {
            DBLockProvider lock = lockSession.getProvider(DBLockProvider.class);
            lock.waitForLock(DBLockProvider.Namespace.KEYCLOAK_BOOT);
            try {
                KeycloakModelUtils.runJobInTransaction(factory, session -> session.realms().getRealmsStream().forEach(realm -> setup.accept(session, realm)));
            } finally {
                lock.releaseLock();
            }
        });
    }
}
