package org.patientaccess.keycloak.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A young person's assent on a parent's or guardian's grant on their own record: the permissions the
 * grant keeps (or is given back) whatever the age band withholds, up to and including {@code until}
 * in the realm's calendar.
 *
 * @param givenBy the account of the young person (the record's own account when they gave it)
 */
public record Assent(String grantId, Set<GrantPermission> permissions, LocalDate until, String givenBy, Instant givenAt) {

    /** Whether it still holds on this day of the realm's calendar. */
    public boolean isInForceOn(LocalDate day) {
        return !until.isBefore(day);
    }
}
