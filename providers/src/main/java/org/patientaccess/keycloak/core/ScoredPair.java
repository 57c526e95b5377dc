package org.patientaccess.keycloak.core;


/** A pair a scan scored and kept: {@code patientA < patientB} (by id), with its score and grade. */
public record ScoredPair(String patientA, String patientB, double score, MatchGrade grade) {

    /** The pair's two ids in order, whichever way round they are given. */
    public static ScoredPair of(String one, String other, double score, MatchGrade grade) {
        return one.compareTo(other) < 0 ? new ScoredPair(one, other, score, grade) : new ScoredPair(other, one, score, grade);
    }
}
