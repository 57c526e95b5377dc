package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.RealmBuilder;

/**
 * The {@link ClinicRealm} with Keycloak's fine-grained admin permissions on, and a staff member who
 * holds no user role: what they may do with accounts is only what the realm's permissions say.
 */
public class FineGrainedClinicRealm extends ClinicRealm {

    public static final String LIMITED_STAFF = "limited@clinic.test";

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm)
                .adminPermissionsEnabled(true)
                .users(person(LIMITED_STAFF, "Lena", "Limited", "1988-03-15").clientRoles("realm-management", "query-users"));
    }
}
