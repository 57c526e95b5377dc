package org.patientaccess.keycloak.pages;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.patientaccess.keycloak.setup.RealmRequiredActions;

public class LinkRegistrationRequiredActionFactory implements RequiredActionFactory {

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new LinkRegistrationRequiredAction(session);
    }

    @Override
    public String getDisplayText() {
        return "Link an online registration to the clinic's patient record";
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        RealmRequiredActions.registerEverywhere(factory, LinkRegistrationRequiredAction.ID, getDisplayText());
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return LinkRegistrationRequiredAction.ID;
    }
}
