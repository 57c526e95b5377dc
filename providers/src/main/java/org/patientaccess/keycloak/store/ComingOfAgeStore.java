package org.patientaccess.keycloak.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.ComingOfAgeStep;
import org.patientaccess.keycloak.core.ContinuedGuardianship;

/** The store of coming of age: continued-guardianship marks and the steps done, one realm at a time. */
public interface ComingOfAgeStore {

    Optional<ContinuedGuardianship> findContinuedGuardianship(RealmModel realm, String patientId);

    /** The marks of these records, keyed by record id, in one query. */
    Map<String, ContinuedGuardianship> findContinuedGuardianships(RealmModel realm, Collection<String> patientIds);

    /** Marks the record (or changes the reason of its mark). */
    ContinuedGuardianship markContinuedGuardianship(RealmModel realm, String patientId, String reason, String setBy);

    /** Removes the mark; false when there was none. */
    boolean clearContinuedGuardianship(RealmModel realm, String patientId);

    /** The ids of the realm's active records born from {@code earliest} to {@code latest}, oldest first (the soonest to reach an age). */
    List<String> findActiveBornBetween(RealmModel realm, LocalDate earliest, LocalDate latest, int first, int max);

    long countActiveBornBetween(RealmModel realm, LocalDate earliest, LocalDate latest);

    /**
     * Claims a step of a record's day, written at once: false when it was done already. Two runs
     * claiming at once meet on a unique key; the loser's transaction fails and does nothing.
     */
    boolean claim(RealmModel realm, String patientId, ComingOfAgeStep step, LocalDate dueOn);

    /** When a step of a record's day was done. */
    Optional<Instant> doneAt(RealmModel realm, String patientId, ComingOfAgeStep step, LocalDate dueOn);

}
