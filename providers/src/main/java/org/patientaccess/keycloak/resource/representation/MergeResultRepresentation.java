package org.patientaccess.keycloak.resource.representation;

/** A done merge: its id (to undo it) and the survivor as it is now. */
public record MergeResultRepresentation(String mergeId, PatientRepresentation survivor) {
}
