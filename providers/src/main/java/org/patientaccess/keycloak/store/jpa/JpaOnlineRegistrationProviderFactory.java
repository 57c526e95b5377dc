package org.patientaccess.keycloak.store.jpa;


import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.store.OnlineRegistrationProvider;
import org.patientaccess.keycloak.store.OnlineRegistrationProviderFactory;

public class JpaOnlineRegistrationProviderFactory implements OnlineRegistrationProviderFactory {

    public static final String ID = "jpa";

    @Override
    public OnlineRegistrationProvider create(KeycloakSession session) {
        return new JpaOnlineRegistrationProvider(session.getProvider(JpaConnectionProvider.class).getEntityManager(), KeycloakClock.UTC);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // What a person claimed when registering goes with their realm or their account.
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(OnlineRegistrationProvider.class).removeAll(removed.getRealm());
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(OnlineRegistrationProvider.class)
                        .removeAllOfUser(removed.getRealm(), removed.getUser().getId());
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
