package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.RealmBuilder;

/**
 * The {@link StaffConsoleClinicRealm} for the tests that check Keycloak's own pages as Keycloak shows
 * them by default, where the realm file changes them. Test tweaks:
 * <ul>
 *   <li>Keycloak's own login theme (the realm's, and the staff console's own), and usernames of their own: the French login page then says
 *       "Connectez-vous à votre compte" and asks for the "Nom d'utilisateur ou courriel", as
 *       {@code StaffSeeTheConsoleInTheirBrowsersLanguageIT} reads it (the clinic's login theme says
 *       "Connectez-vous pour prendre rendez-vous"; with emails as usernames Keycloak asks for the
 *       "Courriel");</li>
 *   <li>no brute-force protection: with it, Keycloak's admin console puts a menu toggle without a name
 *       on its Users page (Keycloak's own; axe: button-name, critical), which
 *       {@code StaffSignInToTheAdminConsoleIT} checks.</li>
 * </ul>
 */
public class KeycloakDefaultsStaffConsoleClinicRealm extends StaffConsoleClinicRealm {

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm)
                .registrationEmailAsUsername(false)
                .bruteForceProtected(false)
                // No login theme of the realm's own: the server's default, Keycloak's.
                .update(representation -> {
                    representation.setLoginTheme(null);
                    ClinicRealm.staffConsole(representation).getAttributes().remove("login_theme");
                });
    }
}
