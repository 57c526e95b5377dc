package org.patientaccess.keycloak.rest.admin;

import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.records.PatientRecords;
import org.patientaccess.keycloak.core.RecordStateException;

/** The records service's state rules over HTTP: a refusal is a 409, naming the survivor of a merged record. */
final class Records {

    private Records() {
    }

    static void requireActive(PatientRecord patient) {
        try {
            PatientRecords.requireActive(patient);
        } catch (RecordStateException e) {
            throw ApiErrors.recordState(e);
        }
    }

    static void requireEditable(PatientRecord patient) {
        try {
            PatientRecords.requireEditable(patient);
        } catch (RecordStateException e) {
            throw ApiErrors.recordState(e);
        }
    }
}
