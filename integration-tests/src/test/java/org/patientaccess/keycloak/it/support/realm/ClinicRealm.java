package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.realm.UserBuilder;
import org.patientaccess.keycloak.it.support.logs.PersonalData;

/**
 * A clinic realm with the three kinds of staff the permission rules tell apart (a receptionist who
 * may manage users, an auditor who may only view them, and a clinician with neither role) and a
 * family of patients with accounts: two parents and a grandmother.
 */
public class ClinicRealm implements RealmConfig {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String RECEPTIONIST = "reception@clinic.test";
    public static final String AUDITOR = "auditor@clinic.test";
    public static final String CLINICIAN = "clinician@clinic.test";
    public static final String MOTHER = "maria@family.test";
    public static final String FATHER = "luis@family.test";
    public static final String GRANDMOTHER = "rosa@family.test";
    /** An account whose email address was never confirmed. */
    public static final String UNVERIFIED = "unverified@family.test";
    public static final String PHONE_REGION = "CA";

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return realm
                .attribute("patientAccess.defaultPhoneRegion", PHONE_REGION)
                .adminEventsEnabled(true)
                .users(
                        person(RECEPTIONIST, "Rita", "Reception").clientRoles("realm-management", "view-users", "manage-users"),
                        person(AUDITOR, "Aldo", "Audit").clientRoles("realm-management", "view-users"),
                        person(CLINICIAN, "Clara", "Clinic"),
                        person(MOTHER, "Maria", "Garcia"),
                        person(FATHER, "Luis", "Garcia"),
                        person(GRANDMOTHER, "Rosa", "Hernandez"),
                        person(UNVERIFIED, "Uma", "Unverified").emailVerified(false));
    }

    /** A realm user: staff and patients are both ordinary accounts; roles make the difference. */
    private static UserBuilder person(String email, String firstName, String lastName) {
        PersonalData.used(email);
        return UserBuilder.create(email).email(email).emailVerified(true).name(firstName, lastName).password(PASSWORD);
    }
}
