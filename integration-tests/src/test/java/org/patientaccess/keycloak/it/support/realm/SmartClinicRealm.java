package org.patientaccess.keycloak.it.support.realm;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.RealmBuilder;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.oidc.BookingApp;

/**
 * The {@link BookingClinicRealm} with a SMART app: the public client {@link #SMART_APP}, signing in at
 * the tests' callback with PKCE, offered the SMART scopes the realm keeps and given none of the
 * booking app's own ({@code patients}, {@code patient-access}), so that what its tokens hold comes
 * from the scopes it asks for.
 */
public class SmartClinicRealm extends BookingClinicRealm {

    public static final String SMART_APP = "smart-app";
    public static final List<String> PATIENT_SCOPES = List.of("patient/*.rs", "patient/Patient.rs", "patient/RelatedPerson.rs",
            "patient/Consent.rs", "patient/Appointment.rs", "patient/Schedule.rs", "patient/Slot.rs");

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        List<String> optional = new ArrayList<>(List.of("launch/patient", "fhirUser", "offline_access"));
        optional.addAll(PATIENT_SCOPES);
        return super.configure(realm).clients(ClientBuilder.create(SMART_APP).publicClient()
                .redirectUris(BookingApp.REDIRECT_URI).webOrigins(Browser.APP_ORIGIN)
                .attribute("pkce.code.challenge.method", "S256")
                .defaultClientScopes("basic", "profile", "email", "roles", "web-origins", "acr")
                .optionalClientScopes(optional.toArray(String[]::new)));
    }
}
