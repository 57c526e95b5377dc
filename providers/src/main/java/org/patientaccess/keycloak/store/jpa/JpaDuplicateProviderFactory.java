package org.patientaccess.keycloak.store.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.timer.TimerProvider;
import org.patientaccess.keycloak.tasks.StaleScanResumer;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.store.DuplicateProvider;
import org.patientaccess.keycloak.store.DuplicateProviderFactory;

public class JpaDuplicateProviderFactory implements DuplicateProviderFactory {

    public static final String ID = "jpa";

    @Override
    public DuplicateProvider create(KeycloakSession session) {
        return new JpaDuplicateProvider(session.getProvider(JpaConnectionProvider.class).getEntityManager(), KeycloakClock.UTC);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Pairs name records of the realm: they go with it.
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(DuplicateProvider.class).removeAll(removed.getRealm());
            } else if (event instanceof PostMigrationEvent ready) {
                // Every node looks for scans to resume; the database decides which one does.
                KeycloakModelUtils.runJobInTransaction(ready.getFactory(), session -> session.getProvider(TimerProvider.class)
                        .scheduleTask(new StaleScanResumer(), StaleScanResumer.INTERVAL_MILLIS));
            }
        });
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
