package org.patientaccess.keycloak.matching;

import java.util.List;

import org.patientaccess.keycloak.model.PatientDetails;

/**
 * Certain means no doubt is left, so two records cannot both be certain for one person: twins named
 * William and Liam, born the same day to one household, both sweep "Liam" (one exactly, one as a
 * nickname). When several candidates are certain, the one whose given name is exactly the one asked
 * stays certain, if it is the only such one; the others are probable.
 */
final class SoleCertain {

    private SoleCertain() {
    }

    static List<MatchCandidate> among(PatientDetails person, List<MatchCandidate> candidates) {
        List<MatchCandidate> certain = candidates.stream().filter(candidate -> candidate.score().grade() == MatchGrade.CERTAIN).toList();
        if (certain.size() < 2) {
            return candidates;
        }
        List<MatchCandidate> sameName = certain.stream().filter(candidate -> sameGivenName(person, candidate)).toList();
        MatchCandidate sole = sameName.size() == 1 ? sameName.get(0) : null;
        return candidates.stream()
                .map(candidate -> candidate.score().grade() == MatchGrade.CERTAIN && candidate != sole
                        ? new MatchCandidate(candidate.patient(), new MatchScore(candidate.score().score(), MatchGrade.PROBABLE))
                        : candidate)
                .toList();
    }

    private static boolean sameGivenName(PatientDetails person, MatchCandidate candidate) {
        return NameKey.fold(person.firstName()).equals(NameKey.fold(candidate.patient().details().firstName()));
    }
}
