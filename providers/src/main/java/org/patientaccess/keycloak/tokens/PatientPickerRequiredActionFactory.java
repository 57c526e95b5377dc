package org.patientaccess.keycloak.tokens;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class PatientPickerRequiredActionFactory implements RequiredActionFactory {

    public static final String DISPLAY_TEXT = "Choose the patient to act for";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new PatientPickerRequiredAction(session);
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
        return PatientPickerRequiredAction.ID;
    }
}
