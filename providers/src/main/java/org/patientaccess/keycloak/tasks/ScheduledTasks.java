package org.patientaccess.keycloak.tasks;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

/**
 * Every scheduled task of the plugin, registered in one place once the database is ready. Each
 * node's timer fires; the tasks themselves make sure the cluster does each piece of work once.
 */
public final class ScheduledTasks {

    private ScheduledTasks() {
    }

    public static void scheduleOnStart(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent ready) {
                KeycloakModelUtils.runJobInTransaction(ready.getFactory(), session -> {
                    TimerProvider timer = session.getProvider(TimerProvider.class);
                    // One node of the cluster runs it per interval (Keycloak's cluster-aware runner); each day's steps are claimed in the database.
                    long comingOfAge = ComingOfAgeTask.INTERVAL.toMillis();
                    timer.schedule(new ClusterAwareScheduledTaskRunner(ready.getFactory(), new ComingOfAgeTask(), comingOfAge),
                            comingOfAge, ComingOfAgeTask.NAME);
                    // Every node looks; a realm being counted elsewhere is skipped.
                    timer.scheduleTask(new NameFrequencyRefreshTask(), NameFrequencyRefreshTask.INTERVAL.toMillis(), NameFrequencyRefreshTask.NAME);
                    // Every node looks for scans to resume; the database decides which one does.
                    timer.scheduleTask(new StaleScanResumer(), StaleScanResumer.INTERVAL_MILLIS);
                });
            }
        });
    }
}
