package org.patientaccess.keycloak.it.support.realm;

import java.util.stream.IntStream;

import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.UserBuilder;

/**
 * The {@link BookingClinicRealm} with {@link #PARENTS} more parents, so that a load test can keep as
 * many booking-app sessions of different accounts busy at once (each account's patients its own).
 */
public class FamiliesBookingClinicRealm extends BookingClinicRealm {

    public static final int PARENTS = 8;

    /** The email (and username) of parent {@code i}, from 0 to {@link #PARENTS} - 1. */
    public static String parent(int i) {
        return "parent" + i + "@families.test";
    }

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return super.configure(realm).users(IntStream.range(0, PARENTS)
                .mapToObj(i -> person(parent(i), "Parent", "Family" + (char) ('a' + i), "1980-01-1" + i))
                .toArray(UserBuilder[]::new));
    }
}
