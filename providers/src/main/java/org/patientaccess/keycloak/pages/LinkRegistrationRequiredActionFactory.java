package org.patientaccess.keycloak.pages;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class LinkRegistrationRequiredActionFactory implements RequiredActionFactory {

    public static final String DISPLAY_TEXT = "Link an online registration to the clinic's patient record";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new LinkRegistrationRequiredAction(session);
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
        return LinkRegistrationRequiredAction.ID;
    }
}
