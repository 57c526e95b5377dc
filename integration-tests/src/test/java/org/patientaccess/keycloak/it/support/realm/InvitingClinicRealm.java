package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.RealmBuilder;

/** The clinic realm as the invitation flow needs it: open registration, verified emails, fast resends. */
public class InvitingClinicRealm extends ClinicRealm {

    public static final int RESEND_INTERVAL_SECONDS = 2;

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm)
                .displayName("Riverside Physiotherapy")
                .registrationAllowed(true)
                .verifyEmail(true)
                .internationalizationEnabled(true)
                .supportedLocales("en", "fr")
                .defaultLocale("en")
                .eventsEnabled(true)
                .attribute("patientAccess.invitationResendIntervalSeconds", Integer.toString(RESEND_INTERVAL_SECONDS));
    }
}
