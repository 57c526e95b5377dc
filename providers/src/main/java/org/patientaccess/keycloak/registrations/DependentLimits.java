package org.patientaccess.keycloak.registrations;

import org.keycloak.models.RealmModel;

/**
 * How many dependents one account may add, as realm attributes: {@value #PER_ACCOUNT} (default 10),
 * those it acts for at once as the family that added them, and {@value #PER_DAY} (default 10),
 * additions in a rolling day, so that adding, leaving and adding again is bounded too. A value that
 * is not a positive whole number is ignored.
 */
public record DependentLimits(int perAccount, int perDay) {

    public static final String PER_ACCOUNT = "patientAccess.maxDependentsPerAccount";
    public static final String PER_DAY = "patientAccess.maxDependentsPerDay";
    static final int DEFAULT = 10;

    public static DependentLimits of(RealmModel realm) {
        return new DependentLimits(positive(realm.getAttribute(PER_ACCOUNT)), positive(realm.getAttribute(PER_DAY)));
    }

    private static int positive(String value) {
        try {
            int parsed = value == null ? DEFAULT : Integer.parseInt(value.strip());
            return parsed > 0 ? parsed : DEFAULT;
        } catch (NumberFormatException e) {
            return DEFAULT;
        }
    }
}
