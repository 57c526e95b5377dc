package org.patientaccess.keycloak.it.support.realm;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.UserBuilder;
import org.patientaccess.keycloak.it.support.logs.PersonalData;

/**
 * The {@link InvitingClinicRealm} whose patients use our account console (the {@code clinic} account
 * theme), with two grown-up children of the family: one still a minor, one an adult. Every account
 * has the realm's default roles, as accounts that register get them: without them Keycloak's
 * account console refuses its own pages.
 */
public class AccountConsoleClinicRealm extends InvitingClinicRealm {

    public static final String NAME = "account-clinic";
    public static final String ACCOUNT_THEME = "clinic";
    /** Teo, under the age of majority. */
    public static final String MINOR = "teo@family.test";
    /** Elena, a grown-up daughter. */
    public static final String ADULT_CHILD = "elena@family.test";

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm)
                .name(NAME)
                .users(person(MINOR, "Teo", "Garcia"), person(ADULT_CHILD, "Elena", "Garcia"))
                .update(representation -> {
                    representation.setAccountTheme(ACCOUNT_THEME);
                    representation.getUsers().forEach(user -> {
                        List<String> roles = new ArrayList<>(user.getRealmRoles() == null ? List.of() : user.getRealmRoles());
                        roles.add("default-roles-" + NAME);
                        user.setRealmRoles(roles);
                    });
                });
    }

    private static UserBuilder person(String email, String firstName, String lastName) {
        PersonalData.used(email);
        return UserBuilder.create(email).email(email).emailVerified(true).name(firstName, lastName).password(PASSWORD);
    }
}
