package org.patientaccess.keycloak.registrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import org.keycloak.util.JsonSerialization;
import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.matching.MatchCandidate;

/** A registration's candidates as kept with it: the record ids with their score and grade at registration, in JSON. */
final class Candidates {

    /** One kept candidate. */
    record Kept(String patientId, double score, MatchGrade grade) {
    }

    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };

    private Candidates() {
    }

    static String json(List<MatchCandidate> candidates) {
        try {
            return JsonSerialization.writeValueAsString(candidates.stream()
                    .map(candidate -> Map.of("patientId", candidate.patient().id(),
                            "score", candidate.score().score(),
                            "grade", candidate.score().grade().name().toLowerCase(Locale.ROOT)))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kept candidates; none when what is kept cannot be read. */
    static List<Kept> read(String json) {
        try {
            return JsonSerialization.readValue(json, LIST).stream()
                    .map(candidate -> new Kept(String.valueOf(candidate.get("patientId")), ((Number) candidate.get("score")).doubleValue(),
                            MatchGrade.valueOf(String.valueOf(candidate.get("grade")).toUpperCase(Locale.ROOT))))
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
