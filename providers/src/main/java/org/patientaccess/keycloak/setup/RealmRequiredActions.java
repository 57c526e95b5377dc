package org.patientaccess.keycloak.setup;

import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.patientaccess.keycloak.pages.InvitationRequiredAction;
import org.patientaccess.keycloak.pages.InvitationRequiredActionFactory;
import org.patientaccess.keycloak.pages.LinkRegistrationRequiredAction;
import org.patientaccess.keycloak.pages.LinkRegistrationRequiredActionFactory;
import org.patientaccess.keycloak.tokens.PatientPickerRequiredAction;
import org.patientaccess.keycloak.tokens.PatientPickerRequiredActionFactory;

/** Registers our required actions in a realm, because Keycloak runs only the required actions a realm knows. */
public final class RealmRequiredActions {

    private RealmRequiredActions() {
    }

    static void ensureIn(RealmModel realm) {
        register(realm, InvitationRequiredAction.ID, InvitationRequiredActionFactory.DISPLAY_TEXT);
        register(realm, LinkRegistrationRequiredAction.ID, LinkRegistrationRequiredActionFactory.DISPLAY_TEXT);
        register(realm, PatientPickerRequiredAction.ID, PatientPickerRequiredActionFactory.DISPLAY_TEXT);
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
