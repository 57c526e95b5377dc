package org.patientaccess.keycloak.rest.representation;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.patientaccess.keycloak.matching.MatchCandidate;

/** The answer to a match: candidates best first, each with a score from 0 to 1 and a grade. */
@Schema(name = "MatchResult")
public record MatchResultRepresentation(@Schema(required = true, description = "At most 10, best first.") List<Candidate> candidates) {

    public static MatchResultRepresentation of(List<MatchCandidate> candidates) {
        return new MatchResultRepresentation(candidates.stream()
                .map(candidate -> new Candidate(PatientRepresentation.of(candidate.patient()), candidate.score().score(),
                        candidate.score().grade().name().toLowerCase(Locale.ROOT)))
                .toList());
    }

    /** {@code grade} is certain, probable or possible. */
    @Schema(name = "MatchCandidate")
    public record Candidate(
            @Schema(required = true) PatientRepresentation patient,
            @Schema(required = true, minimum = "0", maximum = "1") double score,
            @Schema(required = true, enumeration = {"certain", "probable", "possible"}) String grade) {
    }
}
