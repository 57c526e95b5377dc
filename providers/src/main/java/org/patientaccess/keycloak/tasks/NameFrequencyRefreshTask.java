package org.patientaccess.keycloak.tasks;

import java.time.Duration;
import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.timer.ScheduledTask;
import org.patientaccess.keycloak.matching.NameFrequencyRefresh;

/**
 * Keeps every realm's name frequencies fresh on every node's timer: a realm whose counts are stale
 * is counted again, each realm in its own transaction, so one realm's lock is never held while
 * another is counted. Nodes that find a realm being counted wait, then skip it.
 */
public final class NameFrequencyRefreshTask implements ScheduledTask {

    public static final String NAME = "patient-access-name-frequencies";
    public static final Duration INTERVAL = Duration.ofMinutes(15);

    @Override
    public void run(KeycloakSession session) {
        List<String> realmIds = session.realms().getRealmsStream().map(RealmModel::getId).toList();
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        realmIds.forEach(realmId -> NameFrequencyRefresh.refreshIfStale(factory, realmId));
    }

    @Override
    public String getTaskName() {
        return NAME;
    }
}
