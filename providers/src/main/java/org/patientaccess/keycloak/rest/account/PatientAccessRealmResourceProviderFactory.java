package org.patientaccess.keycloak.rest.account;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;
import org.patientaccess.keycloak.setup.PatientAccessSetup;

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
        PatientAccessSetup.onStart(factory);
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
