package org.patientaccess.keycloak.tasks;

import java.time.Duration;
import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.timer.ScheduledTask;
import org.patientaccess.keycloak.lifecycle.ComingOfAgeRun;

/**
 * The daily coming-of-age work of every realm. It is scheduled hourly under Keycloak's
 * cluster-aware runner (one node of the cluster runs it per hour), so that a day's work is done
 * within the hour after midnight in the realm's time zone, whatever time the nodes started; each
 * day's steps are recorded in the database, so the later runs of that day find nothing left to do.
 */
public final class ComingOfAgeTask implements ScheduledTask {

    public static final String NAME = "patient-access-coming-of-age";
    public static final Duration INTERVAL = Duration.ofHours(1);

    @Override
    public void run(KeycloakSession session) {
        List<String> realmIds = session.realms().getRealmsStream().map(RealmModel::getId).toList();
        realmIds.forEach(realmId -> ComingOfAgeRun.run(session.getKeycloakSessionFactory(), realmId));
    }

    @Override
    public String getTaskName() {
        return NAME;
    }
}
