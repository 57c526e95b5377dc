package org.patientaccess.keycloak.fhir;

/**
 * Which of the caller's patients a token speaks for: all those the caller acts for, or only the one
 * chosen at login (SMART's {@code launch/patient}); a token whose chosen patient's grant has ended
 * speaks for nobody.
 */
public record TokenPatients(boolean chosen, String patientId) {

    public static TokenPatients all() {
        return new TokenPatients(false, null);
    }

    public static TokenPatients only(String patientId) {
        return new TokenPatients(true, patientId);
    }

    public static TokenPatients noneLeft() {
        return new TokenPatients(true, null);
    }

    public boolean allows(String recordId) {
        return !chosen || recordId.equals(patientId);
    }
}
