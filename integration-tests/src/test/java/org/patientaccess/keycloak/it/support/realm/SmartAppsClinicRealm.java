package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.RealmBuilder;
import org.patientaccess.keycloak.it.support.browser.Browser;

/**
 * The {@link ClinicRealm} with its {@code booking-app} as the realm file has it (at the demo's address,
 * offered the SMART scopes), and a confidential SMART app beside it: {@value #CONFIDENTIAL_APP}, a
 * server-side app that holds a secret (client_secret_basic), at the address the tests' browser stands
 * in for ({@link Browser#APP_ORIGIN}), offered the same SMART scopes.
 */
public class SmartAppsClinicRealm extends ClinicRealm {

    public static final String CONFIDENTIAL_APP = "family-calendar";
    public static final String CONFIDENTIAL_APP_SECRET = "family-calendar-secret";
    public static final String CONFIDENTIAL_APP_REDIRECT_URI = Browser.APP_ORIGIN + "/smart/callback";

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm).clients(ClientBuilder.create(CONFIDENTIAL_APP)
                .name("Family calendar (a partner's server-side SMART app)")
                .secret(CONFIDENTIAL_APP_SECRET)
                .redirectUris(CONFIDENTIAL_APP_REDIRECT_URI)
                .attribute("pkce.code.challenge.method", "S256")
                .defaultClientScopes("basic", "acr", "web-origins", "profile")
                .optionalClientScopes("fhirUser", "launch/patient", "patient/*.rs", "patient/Patient.rs",
                        "patient/RelatedPerson.rs", "patient/Consent.rs"));
    }
}
