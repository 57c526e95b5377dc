package org.patientaccess.keycloak.core;

/**
 * The one asking may not do this: a person, by the rules of the person's side (a minor ending a
 * parent's access), or staff, by Keycloak's admin permissions for an account the change touches.
 */
public class NotPermittedException extends PatientAccessException {

    public NotPermittedException(String message) {
        super(message);
    }
}
