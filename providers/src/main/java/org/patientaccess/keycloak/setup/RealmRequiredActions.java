package org.patientaccess.keycloak.setup;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;

/** Registers one of our required actions in every realm, because Keycloak runs only the required actions a realm knows. */
public final class RealmRequiredActions {

    private RealmRequiredActions() {
    }

    /** To be called from a factory's {@code postInit} (see {@link EveryRealm#apply}). */
    public static void registerEverywhere(KeycloakSessionFactory factory, String id, String name) {
        EveryRealm.apply(factory, realm -> register(realm, id, name));
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
