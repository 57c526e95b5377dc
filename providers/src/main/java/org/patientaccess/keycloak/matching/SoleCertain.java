package org.patientaccess.keycloak.matching;

import java.util.List;

import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.keys.NameKey;

/**
 * Certain means no doubt is left, so a record cannot be certain for one person when another is
 * certain with a better claim: twins named William and Liam, born the same day to one household,
 * both sweep "Liam", one exactly and one as a nickname. When some certain candidate has exactly the
 * given name asked, the certain ones that have it only as a nickname are probable. Several with the
 * exact name (a record and an online registration's provisional copy of it) are left to the caller,
 * which knows which records count.
 */
final class SoleCertain {

    private SoleCertain() {
    }

    static List<MatchCandidate> among(PatientDetails person, List<MatchCandidate> candidates) {
        boolean exactNameIsCertain = candidates.stream()
                .anyMatch(candidate -> candidate.score().grade() == MatchGrade.CERTAIN && sameGivenName(person, candidate));
        if (!exactNameIsCertain) {
            return candidates;
        }
        return candidates.stream()
                .map(candidate -> candidate.score().grade() == MatchGrade.CERTAIN && !sameGivenName(person, candidate)
                        ? new MatchCandidate(candidate.patient(), new MatchScore(candidate.score().score(), MatchGrade.PROBABLE))
                        : candidate)
                .toList();
    }

    private static boolean sameGivenName(PatientDetails person, MatchCandidate candidate) {
        return NameKey.fold(person.firstName()).equals(NameKey.fold(candidate.patient().details().firstName()));
    }
}
