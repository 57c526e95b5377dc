package org.patientaccess.keycloak.core;

/** No such thing with this id where it was looked for (the realm, the patient, the caller's own grants). */
public class UnknownIdException extends PatientAccessException {

    public UnknownIdException(String message) {
        super(message);
    }
}
