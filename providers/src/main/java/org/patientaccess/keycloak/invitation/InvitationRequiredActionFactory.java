package org.patientaccess.keycloak.invitation;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Registers the invitation action in every realm (existing ones at start, new ones as they are
 * created), because Keycloak only runs an application-initiated action the realm knows.
 */
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
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.realms().getRealmsStream().forEach(InvitationRequiredActionFactory::register));
        factory.register(event -> {
            if (event instanceof RealmModel.RealmPostCreateEvent created) {
                register(created.getCreatedRealm());
            }
        });
    }

    static void register(RealmModel realm) {
        if (realm.getRequiredActionProviderByAlias(InvitationRequiredAction.ID) == null) {
            RequiredActionProviderModel model = new RequiredActionProviderModel();
            model.setAlias(InvitationRequiredAction.ID);
            model.setProviderId(InvitationRequiredAction.ID);
            model.setName("Accept a patient access invitation");
            model.setEnabled(true);
            model.setDefaultAction(false);
            model.setPriority(1000);
            realm.addRequiredActionProvider(model);
        }
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return InvitationRequiredAction.ID;
    }
}
