package org.patientaccess.keycloak.matching;

import org.patientaccess.keycloak.core.PatientRecord;

/** A stored record that could be the person described, with how likely it is. */
public record MatchCandidate(PatientRecord patient, MatchScore score) {
}
