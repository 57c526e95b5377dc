package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.RealmBuilder;

/**
 * The {@link InvitingClinicRealm} whose accounts keep usernames of their own: the realm file makes
 * every account's email its username ({@code registrationEmailAsUsername}), and a test that tells two
 * accounts apart by usernames that are not their emails needs them kept as given.
 */
public class OwnUsernamesClinicRealm extends InvitingClinicRealm {

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm).registrationEmailAsUsername(false);
    }
}
