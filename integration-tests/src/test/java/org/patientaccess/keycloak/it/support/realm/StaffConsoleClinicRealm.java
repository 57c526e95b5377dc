package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.RealmBuilder;

/**
 * The {@link InvitingClinicRealm} whose staff use our admin console (the realm file's {@code clinic}
 * admin theme), with the shortest resend interval the plugin allows, so that a browser test resends
 * without waiting long.
 */
public class StaffConsoleClinicRealm extends InvitingClinicRealm {

    public static final int CONSOLE_RESEND_INTERVAL_SECONDS = 1;

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm)
                .attribute("patientAccess.invitationResendIntervalSeconds", Integer.toString(CONSOLE_RESEND_INTERVAL_SECONDS));
    }
}
