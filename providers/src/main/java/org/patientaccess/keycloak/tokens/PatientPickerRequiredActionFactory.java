package org.patientaccess.keycloak.tokens;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.patientaccess.keycloak.setup.RealmRequiredActions;

public class PatientPickerRequiredActionFactory implements RequiredActionFactory {

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new PatientPickerRequiredAction(session);
    }

    @Override
    public String getDisplayText() {
        return "Choose the patient to act for";
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        RealmRequiredActions.registerEverywhere(factory, PatientPickerRequiredAction.ID, getDisplayText());
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PatientPickerRequiredAction.ID;
    }
}
