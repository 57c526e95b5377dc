package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.realm.UserBuilder;

/**
 * A clinic realm with the three kinds of staff the permission rules tell apart: a receptionist who
 * may manage users, an auditor who may only view them, and a clinician with neither role.
 */
public class ClinicRealm implements RealmConfig {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String RECEPTIONIST = "reception@clinic.test";
    public static final String AUDITOR = "auditor@clinic.test";
    public static final String CLINICIAN = "clinician@clinic.test";
    public static final String PHONE_REGION = "CA";

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return realm
                .attribute("patientAccess.defaultPhoneRegion", PHONE_REGION)
                .adminEventsEnabled(true)
                .users(
                        staff(RECEPTIONIST, "Rita", "Reception").clientRoles("realm-management", "view-users", "manage-users"),
                        staff(AUDITOR, "Aldo", "Audit").clientRoles("realm-management", "view-users"),
                        staff(CLINICIAN, "Clara", "Clinic"));
    }

    private static UserBuilder staff(String email, String firstName, String lastName) {
        return UserBuilder.create(email).email(email).emailVerified(true).name(firstName, lastName).password(PASSWORD);
    }
}
