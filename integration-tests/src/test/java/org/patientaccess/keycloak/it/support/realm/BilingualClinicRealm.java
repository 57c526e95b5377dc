package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.RealmBuilder;

/** The clinic realm in English and French, so that an account's own language chooses its emails'. */
public class BilingualClinicRealm extends ClinicRealm {

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm)
                .internationalizationEnabled(true)
                .supportedLocales("en", "fr")
                .defaultLocale("en");
    }
}
