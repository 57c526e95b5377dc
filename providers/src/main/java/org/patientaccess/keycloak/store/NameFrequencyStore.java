package org.patientaccess.keycloak.store;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.NameFrequencies;
import org.patientaccess.keycloak.core.PatientDetails;

/**
 * How many of a realm's active records hold each given name, surname and birth year: counted
 * again, set-based, when the counts are stale, and read a few at a time by a match.
 */
public interface NameFrequencyStore {

    /** The counts of the person's given name, surname and birth year, in one indexed query; typical where unknown. */
    NameFrequencies frequenciesOf(RealmModel realm, PatientDetails person);

    /**
     * Counts the realm's active records again (one GROUP BY per field) if the last count is stale: none
     * yet, the number of active records moved by half since, or a day old. Two nodes never count one
     * realm at once: the second waits for the first and then finds the counts fresh. Answers whether it counted.
     */
    boolean refreshIfStale(RealmModel realm);

}
