package org.patientaccess.keycloak.store.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;
import org.patientaccess.keycloak.tasks.ComingOfAgeTask;
import org.patientaccess.keycloak.store.ComingOfAgeProvider;
import org.patientaccess.keycloak.store.ComingOfAgeProviderFactory;
import org.patientaccess.keycloak.core.KeycloakClock;

public class JpaComingOfAgeProviderFactory implements ComingOfAgeProviderFactory {

    public static final String ID = "jpa";

    @Override
    public ComingOfAgeProvider create(KeycloakSession session) {
        return new JpaComingOfAgeProvider(session.getProvider(JpaConnectionProvider.class).getEntityManager(), KeycloakClock.UTC);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(ComingOfAgeProvider.class).removeAll(removed.getRealm());
            } else if (event instanceof PostMigrationEvent ready) {
                // Every node's timer fires; the cluster-aware runner lets one node of the cluster run it per interval.
                long interval = ComingOfAgeTask.INTERVAL.toMillis();
                KeycloakModelUtils.runJobInTransaction(ready.getFactory(), session -> session.getProvider(TimerProvider.class)
                        .schedule(new ClusterAwareScheduledTaskRunner(ready.getFactory(), new ComingOfAgeTask(), interval), interval, ComingOfAgeTask.NAME));
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
