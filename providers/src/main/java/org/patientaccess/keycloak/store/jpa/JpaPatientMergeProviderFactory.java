package org.patientaccess.keycloak.store.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.store.PatientMergeProvider;
import org.patientaccess.keycloak.store.PatientMergeProviderFactory;

public class JpaPatientMergeProviderFactory implements PatientMergeProviderFactory {

    public static final String ID = "jpa";

    @Override
    public PatientMergeProvider create(KeycloakSession session) {
        return new JpaPatientMergeProvider(session.getProvider(JpaConnectionProvider.class).getEntityManager(), KeycloakClock.UTC);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // A merge's before-image holds both records' personal data: it goes with its realm.
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(PatientMergeProvider.class).removeAll(removed.getRealm());
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
