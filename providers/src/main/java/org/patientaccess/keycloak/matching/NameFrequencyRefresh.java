package org.patientaccess.keycloak.matching;

import org.jboss.logging.Logger;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.store.PatientAccessStore;

/** Counts a realm's name frequencies again when stale, in a transaction of its own: after an import commits, or on the timer. */
public final class NameFrequencyRefresh {

    private static final Logger LOG = Logger.getLogger(NameFrequencyRefresh.class);

    private NameFrequencyRefresh() {
    }

    /**
     * Once the request's transaction commits (so the count sees its records), before the response:
     * a match asked right after an import is weighed with its records counted.
     */
    public static void afterCommit(KeycloakSession session, RealmModel realm) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                refreshIfStale(factory, realmId);
            }

            @Override
            protected void rollbackImpl() {
                // Nothing changed, nothing to count.
            }
        });
    }

    public static void refreshIfStale(KeycloakSessionFactory factory, String realmId) {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                RealmModel realm = session.realms().getRealm(realmId);
                if (realm != null) {
                    session.getProvider(PatientAccessStore.class).nameFrequencies().refreshIfStale(realm);
                }
            });
        } catch (RuntimeException e) {
            // Another node counting this realm for the first time at the same moment, or the realm being
            // deleted: the counts stay as they were, and matches weigh as before.
            LOG.warnf("Name frequencies of realm %s not counted (%s)", realmId, e.getClass().getSimpleName());
        }
    }
}
