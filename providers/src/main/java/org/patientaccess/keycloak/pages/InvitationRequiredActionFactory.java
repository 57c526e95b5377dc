package org.patientaccess.keycloak.pages;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class InvitationRequiredActionFactory implements RequiredActionFactory {

    public static final String DISPLAY_TEXT = "Accept a patient access invitation";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new InvitationRequiredAction(session);
    }

    @Override
    public String getDisplayText() {
        return DISPLAY_TEXT;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Registered in every realm by setup.PatientAccessSetup.
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return InvitationRequiredAction.ID;
    }
}
