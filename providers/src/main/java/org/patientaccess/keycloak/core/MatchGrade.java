package org.patientaccess.keycloak.core;

/** How sure a match is, after the FHIR $match grades. */
public enum MatchGrade {
    /** The same person beyond reasonable doubt: names, birth date and a contact agree, nothing disagrees. */
    CERTAIN,
    /** Probably the same person: staff should look. */
    PROBABLE,
    /** Possibly the same person: worth showing, not worth acting on alone. */
    POSSIBLE
}
