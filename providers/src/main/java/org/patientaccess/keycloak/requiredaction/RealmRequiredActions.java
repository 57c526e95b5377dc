package org.patientaccess.keycloak.requiredaction;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;

/**
 * Registers one of our required actions in every realm (existing ones once the database is ready,
 * new ones as they are created), because Keycloak runs only the required actions a realm knows.
 */
public final class RealmRequiredActions {

    private RealmRequiredActions() {
    }

    /**
     * To be called from a factory's {@code postInit}. It opens no session there: factories are
     * post-initialised in no fixed order, and before the JPA factory's turn the database is not
     * reachable ("emf is null" fails the server's start).
     */
    public static void registerEverywhere(KeycloakSessionFactory factory, String id, String name) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent ready) {
                KeycloakModelUtils.runJobInTransaction(ready.getFactory(),
                        session -> session.realms().getRealmsStream().forEach(realm -> register(realm, id, name)));
            } else if (event instanceof RealmModel.RealmPostCreateEvent created) {
                register(created.getCreatedRealm(), id, name);
            }
        });
    }

    private static void register(RealmModel realm, String id, String name) {
        if (realm.getRequiredActionProviderByAlias(id) == null) {
            RequiredActionProviderModel model = new RequiredActionProviderModel();
            model.setAlias(id);
            model.setProviderId(id);
            model.setName(name);
            model.setEnabled(true);
            model.setDefaultAction(false);
            // After Keycloak's own (verify email, set password): ours need a verified account.
            model.setPriority(1000);
            realm.addRequiredActionProvider(model);
        }
    }
}
