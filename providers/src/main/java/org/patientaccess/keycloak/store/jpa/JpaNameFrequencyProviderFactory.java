package org.patientaccess.keycloak.store.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.timer.TimerProvider;
import org.patientaccess.keycloak.tasks.NameFrequencyRefreshTask;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.store.NameFrequencyProvider;
import org.patientaccess.keycloak.store.NameFrequencyProviderFactory;

public class JpaNameFrequencyProviderFactory implements NameFrequencyProviderFactory {

    public static final String ID = "jpa";

    @Override
    public NameFrequencyProvider create(KeycloakSession session) {
        return new JpaNameFrequencyProvider(session.getProvider(JpaConnectionProvider.class).getEntityManager(), KeycloakClock.UTC);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(NameFrequencyProvider.class).removeAll(removed.getRealm());
            } else if (event instanceof PostMigrationEvent ready) {
                KeycloakModelUtils.runJobInTransaction(ready.getFactory(), session -> session.getProvider(TimerProvider.class)
                        .scheduleTask(new NameFrequencyRefreshTask(), NameFrequencyRefreshTask.INTERVAL.toMillis(), NameFrequencyRefreshTask.NAME));
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
