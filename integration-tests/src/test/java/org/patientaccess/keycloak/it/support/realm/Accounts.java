package org.patientaccess.keycloak.it.support.realm;

import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.UserBuilder;
import org.patientaccess.keycloak.it.support.logs.PersonalData;

/** Accounts a test adds to its realm (removed after the test), with a verified email that is also the username. */
public final class Accounts {

    private Accounts() {
    }

    /**
     * A new account of the realm, signed in with {@code password}: its email. {@code birthDate} (or null)
     * is the profile attribute a realm like the demo's requires of its users, so that a sign-in asks for nothing more.
     */
    public static String account(ManagedRealm realm, String email, String firstName, String lastName, String birthDate, String password) {
        PersonalData.used(email, firstName, lastName, birthDate);
        UserBuilder user = UserBuilder.create(email).email(email).emailVerified(true).name(firstName, lastName).password(password);
        realm.addUser(birthDate == null ? user : user.attribute("birthDate", birthDate));
        return email;
    }
}
