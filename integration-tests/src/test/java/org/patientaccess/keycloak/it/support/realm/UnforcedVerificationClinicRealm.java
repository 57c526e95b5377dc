package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.RealmBuilder;

/**
 * The {@link ClinicRealm} without Keycloak's own "Verify email" at login (the realm file's
 * {@code verifyEmail}): an account whose email was never confirmed ({@link #UNVERIFIED}) signs in as
 * it is, so that what stops it from accepting an invitation is the plugin's own check.
 */
public class UnforcedVerificationClinicRealm extends ClinicRealm {

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm).verifyEmail(false);
    }
}
