package org.patientaccess.keycloak.rest.admin;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;

/** Mounts the staff API at {@code /admin/realms/{realm}/}{@value #ID}. */
public class PatientAccessAdminResourceProviderFactory implements AdminRealmResourceProviderFactory {

    public static final String ID = "patient-access";

    private static final AdminRealmResourceProvider PROVIDER = new PatientAccessAdminResourceProvider();

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
