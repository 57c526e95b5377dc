package org.patientaccess.keycloak.setup;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.registrations.EmailProof;
import org.patientaccess.keycloak.tasks.ScheduledTasks;

/**
 * What the plugin sets up as the server starts, in one place: in every realm (existing and new), the
 * client scope that gives tokens the person's API audience, the SMART App Launch scopes and our
 * required actions; and the scheduled tasks. Keycloak gives an extension no start hook of its own:
 * one factory's {@code postInit} calls this.
 */
public final class PatientAccessSetup {

    private static final Logger LOG = Logger.getLogger(PatientAccessSetup.class);

    private PatientAccessSetup() {
    }

    public static void onStart(KeycloakSessionFactory factory) {
        EveryRealm.apply(factory, (session, realm) -> {
            PatientAccessClientScope.ensureIn(realm);
            PatientAccessClientScope.ensureAccountConsoleUses(realm);
            SmartClientScopes.ensureIn(realm);
            RealmRequiredActions.ensureIn(realm);
            sayWhereRegistrationsNeverLinkByThemselves(session, realm);
        });
        ScheduledTasks.scheduleOnStart(factory);
    }

    /**
     * An operator's setting that makes a verified email prove nothing is worth a line at start, in a
     * realm where people register (the queue page says it too).
     */
    private static void sayWhereRegistrationsNeverLinkByThemselves(KeycloakSession session, RealmModel realm) {
        if (!realm.isRegistrationAllowed()) {
            return;
        }
        EmailProof.whyNot(session, realm).ifPresent(reason -> LOG.warnf(
                "Realm %s: online registrations never link to a patient record by themselves, staff link them in Online registrations: %s",
                realm.getName(), reason.description()));
    }
}
