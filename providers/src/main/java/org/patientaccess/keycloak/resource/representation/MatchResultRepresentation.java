package org.patientaccess.keycloak.resource.representation;

import java.util.List;
import java.util.Locale;

import org.patientaccess.keycloak.matching.MatchCandidate;

/** The answer to a match: candidates best first, each with a score from 0 to 1 and a grade. */
public record MatchResultRepresentation(List<Candidate> candidates) {

    public static MatchResultRepresentation of(List<MatchCandidate> candidates) {
        return new MatchResultRepresentation(candidates.stream()
                .map(candidate -> new Candidate(PatientRepresentation.of(candidate.patient()), candidate.score().score(),
                        candidate.score().grade().name().toLowerCase(Locale.ROOT)))
                .toList());
    }

    /** {@code grade} is certain, probable or possible. */
    public record Candidate(PatientRepresentation patient, double score, String grade) {
    }
}
