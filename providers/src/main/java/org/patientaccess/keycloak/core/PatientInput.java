package org.patientaccess.keycloak.core;

/**
 * A patient's writable fields as someone typed them or a file gave them, before validation: plain
 * text, any of them missing or wrong. {@code validation.PatientValidator} turns it into
 * {@link PatientDetails} or names each bad field.
 */
public record PatientInput(String externalId, String firstName, String lastName, String birthDate, String email, String phone) {

    /** A person's names and the rest, without the clinic's number (a person never gives one). */
    public static PatientInput ofPerson(String firstName, String lastName, String birthDate, String email, String phone) {
        return new PatientInput(null, firstName, lastName, birthDate, email, phone);
    }
}
