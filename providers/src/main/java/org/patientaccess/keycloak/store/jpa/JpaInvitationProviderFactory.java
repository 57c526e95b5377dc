package org.patientaccess.keycloak.store.jpa;


import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.store.InvitationProvider;
import org.patientaccess.keycloak.store.InvitationProviderFactory;

public class JpaInvitationProviderFactory implements InvitationProviderFactory {

    public static final String ID = "jpa";

    @Override
    public InvitationProvider create(KeycloakSession session) {
        return new JpaInvitationProvider(session.getProvider(JpaConnectionProvider.class).getEntityManager(), KeycloakClock.UTC);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(InvitationProvider.class).removeAll(removed.getRealm());
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
