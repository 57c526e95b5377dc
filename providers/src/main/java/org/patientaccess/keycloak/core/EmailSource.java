package org.patientaccess.keycloak.core;

/**
 * Who put the email on a record, which decides whether it proves who someone is: a registration
 * proven by its verified email links by itself only to an email the clinic set or the patient
 * confirmed.
 */
public enum EmailSource {
    /** Staff typed it or an import brought it, or staff confirmed it. */
    CLINIC,
    /** The patient set or confirmed it from their own account. */
    PATIENT,
    /** Someone acting for the patient set it, or a family typed it for a dependent: it proves nothing. */
    DELEGATE;

    /** Whether a matching email proves that the person who owns that mailbox is the patient. */
    public boolean proves() {
        return this != DELEGATE;
    }
}
