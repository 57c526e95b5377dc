package org.patientaccess.keycloak.store.jpa;


import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.store.AccessGrantProvider;
import org.patientaccess.keycloak.store.AccessGrantProviderFactory;

public class JpaAccessGrantProviderFactory implements AccessGrantProviderFactory {

    public static final String ID = "jpa";

    @Override
    public AccessGrantProvider create(KeycloakSession session) {
        return new JpaAccessGrantProvider(session.getProvider(JpaConnectionProvider.class).getEntityManager(), KeycloakClock.UTC);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Grants die with their realm; an account's grants end with it, their history kept.
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(AccessGrantProvider.class).removeAll(removed.getRealm());
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(AccessGrantProvider.class)
                        .endAllOfUser(removed.getRealm(), removed.getUser().getId());
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
