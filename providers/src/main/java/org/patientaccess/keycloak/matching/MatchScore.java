package org.patientaccess.keycloak.matching;

import org.patientaccess.keycloak.core.MatchGrade;

/** A candidate's score, 0 (nothing alike) to 1 (everything agrees), and its grade, or null when too weak to show. */
public record MatchScore(double score, MatchGrade grade) {
}
