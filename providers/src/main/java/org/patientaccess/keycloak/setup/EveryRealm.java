package org.patientaccess.keycloak.setup;

import java.util.function.Consumer;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
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
    public static void apply(KeycloakSessionFactory factory, Consumer<RealmModel> setup) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent ready) {
                KeycloakModelUtils.runJobInTransaction(ready.getFactory(),
                        session -> session.realms().getRealmsStream().forEach(setup));
            } else if (event instanceof RealmModel.RealmPostCreateEvent created) {
                setup.accept(created.getCreatedRealm());
            }
        });
    }
}
