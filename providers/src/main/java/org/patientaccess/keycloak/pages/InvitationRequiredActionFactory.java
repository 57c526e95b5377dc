package org.patientaccess.keycloak.pages;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.patientaccess.keycloak.setup.RealmRequiredActions;

public class InvitationRequiredActionFactory implements RequiredActionFactory {

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new InvitationRequiredAction(session);
    }

    @Override
    public String getDisplayText() {
        return "Accept a patient access invitation";
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        RealmRequiredActions.registerEverywhere(factory, InvitationRequiredAction.ID, getDisplayText());
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return InvitationRequiredAction.ID;
    }
}
