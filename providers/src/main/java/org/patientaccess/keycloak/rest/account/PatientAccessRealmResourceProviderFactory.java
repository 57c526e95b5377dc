package org.patientaccess.keycloak.rest.account;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;
import org.patientaccess.keycloak.setup.EveryRealm;
import org.patientaccess.keycloak.setup.PatientAccessClientScope;

public class PatientAccessRealmResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "patient-access";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new PatientAccessRealmResourceProvider(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // The API accepts only tokens with its audience: every realm keeps the scope that gives it.
        EveryRealm.apply(factory, realm -> {
            PatientAccessClientScope.ensureIn(realm);
            PatientAccessClientScope.ensureAccountConsoleUses(realm);
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
