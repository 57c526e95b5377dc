package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.RealmBuilder;

/**
 * The clinic realm as the invitation tests need it: its open registration, verified emails, English
 * and French and events come with the realm file. Two test tweaks: staff may resend after
 * {@value #RESEND_INTERVAL_SECONDS} seconds, not the plugin's default minute, so that a test resends
 * without waiting long; and an invitation, once answered, lands on the account console (the tests
 * check that it does), not on the demo's booking app.
 */
public class InvitingClinicRealm extends ClinicRealm {

    public static final int RESEND_INTERVAL_SECONDS = 2;

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm)
                .update(ClinicRealm::invitationsLandOnTheAccountConsole)
                .attribute("patientAccess.invitationResendIntervalSeconds", Integer.toString(RESEND_INTERVAL_SECONDS));
    }
}
