package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.UserBuilder;
import org.patientaccess.keycloak.it.support.logs.PersonalData;

/**
 * The {@link ClinicRealm} with Keycloak's fine-grained admin permissions on, and a staff member who
 * holds no user role: what they may do with accounts is only what the realm's permissions say.
 */
public class FineGrainedClinicRealm extends ClinicRealm {

    public static final String LIMITED_STAFF = "limited@clinic.test";

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        PersonalData.used(LIMITED_STAFF);
        return super.configure(realm)
                .adminPermissionsEnabled(true)
                .users(UserBuilder.create(LIMITED_STAFF).email(LIMITED_STAFF).emailVerified(true).name("Lena", "Limited")
                        .password(PASSWORD).clientRoles("realm-management", "query-users"));
    }
}
