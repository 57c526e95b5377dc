package org.patientaccess.keycloak.age;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;

/**
 * A realm's coming-of-age settings (realm attributes): the age of majority, the optional earlier age
 * from which a young person may have their own account, and the time zone whose days count. A value
 * that cannot be right is ignored with a warning naming the realm and the attribute, never a person.
 *
 * @param ownAccessAge empty unless the realm sets one below the age of majority
 */
public record ComingOfAgeSettings(int ageOfMajority, Optional<Integer> ownAccessAge, ZoneId zone) {

    public static final String AGE_OF_MAJORITY = "patientAccess.ageOfMajority";
    public static final String OWN_ACCESS_AGE = "patientAccess.ownAccountAge";
    public static final String TIME_ZONE = "patientAccess.timeZone";
    static final int DEFAULT_AGE_OF_MAJORITY = 18;
    /** Ages outside 1..29 are typing slips: no jurisdiction sets majority there. */
    private static final int MAX_AGE = 29;
    private static final Logger LOG = Logger.getLogger(ComingOfAgeSettings.class);

    public static ComingOfAgeSettings of(RealmModel realm) {
        int majority = age(realm, AGE_OF_MAJORITY).orElse(DEFAULT_AGE_OF_MAJORITY);
        Optional<Integer> ownAccess = age(realm, OWN_ACCESS_AGE);
        if (ownAccess.isPresent() && ownAccess.get() >= majority) {
            LOG.warnf("Realm %s: %s must be below %s (%d); ignored", realm.getId(), OWN_ACCESS_AGE, AGE_OF_MAJORITY, majority);
            ownAccess = Optional.empty();
        }
        return new ComingOfAgeSettings(majority, ownAccess, zone(realm));
    }

    private static Optional<Integer> age(RealmModel realm, String attribute) {
        String value = realm.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int years = Integer.parseInt(value.strip());
            if (years >= 1 && years <= MAX_AGE) {
                return Optional.of(years);
            }
        } catch (NumberFormatException e) {
            // warned below
        }
        LOG.warnf("Realm %s: %s must be a whole number of years from 1 to %d; ignored", realm.getId(), attribute, MAX_AGE);
        return Optional.empty();
    }

    private static ZoneId zone(RealmModel realm) {
        String value = realm.getAttribute(TIME_ZONE);
        if (value == null || value.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            LOG.warnf("Realm %s: %s must be a time zone such as Europe/Paris; UTC is used", realm.getId(), TIME_ZONE);
            return ZoneOffset.UTC;
        }
    }
}
