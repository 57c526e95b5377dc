package org.patientaccess.keycloak.it.support.realm;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.testframework.realm.RealmBuilder;

/**
 * The {@link InvitingClinicRealm}, whose patients use our account console (the realm file's
 * {@code clinic} account theme), with two grown-up children of the family: one still a minor, one an
 * adult. Every account has the realm's default roles, as accounts that register get them (and as the
 * demo's users have them): without them Keycloak's account console refuses its own pages.
 */
public class AccountConsoleClinicRealm extends InvitingClinicRealm {

    /** Teo, under the age of majority. */
    public static final String MINOR = "teo@family.test";
    /** Elena, a grown-up daughter. */
    public static final String ADULT_CHILD = "elena@family.test";

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm)
                .users(person(MINOR, "Teo", "Garcia", "2012-09-01"), person(ADULT_CHILD, "Elena", "Garcia", "1999-04-12"))
                .update(representation -> representation.getUsers().forEach(user -> {
                    List<String> roles = new ArrayList<>(user.getRealmRoles() == null ? List.of() : user.getRealmRoles());
                    if (!roles.contains(DEFAULT_ROLES)) {
                        roles.add(DEFAULT_ROLES);
                    }
                    user.setRealmRoles(roles);
                }));
    }
}
