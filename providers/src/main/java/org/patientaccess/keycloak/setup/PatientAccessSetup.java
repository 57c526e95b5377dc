package org.patientaccess.keycloak.setup;

import org.keycloak.models.KeycloakSessionFactory;
import org.patientaccess.keycloak.tasks.ScheduledTasks;

/**
 * What the plugin sets up as the server starts, in one place: in every realm (existing and new), the
 * client scope that gives tokens the person's API audience and our required actions; and the
 * scheduled tasks. Keycloak gives an extension no start hook of its own: one factory's
 * {@code postInit} calls this.
 */
public final class PatientAccessSetup {

    private PatientAccessSetup() {
    }

    public static void onStart(KeycloakSessionFactory factory) {
        EveryRealm.apply(factory, realm -> {
            PatientAccessClientScope.ensureIn(realm);
            PatientAccessClientScope.ensureAccountConsoleUses(realm);
            RealmRequiredActions.ensureIn(realm);
        });
        ScheduledTasks.scheduleOnStart(factory);
    }
}
