package org.patientaccess.keycloak.duplicates;

import java.util.Comparator;
import java.util.Optional;

import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.ScanRow;
import org.patientaccess.keycloak.core.ScoredPair;
import org.patientaccess.keycloak.keys.NameKey;
import org.patientaccess.keycloak.matching.MatchScore;
import org.patientaccess.keycloak.matching.PatientMatcher;

/**
 * Scores two records with the matcher that {@code POST /patients/match} uses. The matcher reads the
 * first record as what a person typed and the second as the stored one ("Mkie" typed is a mistyped
 * "Mike", a nickname of the stored "Michael", not the other way round), and between two stored records
 * either may hold the typo: so both ways, keeping the better.
 *
 * <p>A scan proposes a pair from {@link #PROPOSED_FROM} up. A possible match is worth showing beside
 * one registration, but across a whole clinic the possibles are mostly households: twins sharing the
 * family's email (their given names differ), a parent and a child named after them. Every planted
 * kind of duplicate with one difference (a slip of the date, a changed surname with the family's
 * contacts, a mistyped nickname) grades probable.
 */
final class PairScoring {

    private static final Comparator<MatchScore> BETTER_FIRST = Comparator
            .comparing((MatchScore score) -> score.grade() == null ? Integer.MAX_VALUE : score.grade().ordinal())
            .thenComparing(score -> -score.score());

    static final MatchGrade PROPOSED_FROM = MatchGrade.PROBABLE;

    private PairScoring() {
    }

    /**
     * Both records hold an email and a phone, and neither is the other's: two households. In a clinic
     * of a million, namesakes born the same day (or on one of its slips) are many, and nearly all of
     * them differ in both contacts, which a second record of one person seldom does (measured with
     * the scan benchmark: 6,561 of 6,706 wrong probable pairs, 31 of 3,178 planted duplicates).
     */
    private static boolean otherHousehold(PatientDetails a, PatientDetails b) {
        return differ(a.email(), b.email()) && differ(a.phone(), b.phone());
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /**
     * Two stored records of one household born the same day, given names that are nicknames of each
     * other (William and Liam, Marie and Maria): a duplicate, or twins. A person typing "Bill" for
     * William is common, two stored records telling nothing apart is not: certain only with the exact
     * given name, probable otherwise.
     */
    private static MatchScore sureOfTheGivenName(ScanRow a, ScanRow b, MatchScore score) {
        boolean sameGivenName = NameKey.fold(a.details().firstName()).equals(NameKey.fold(b.details().firstName()));
        return score.grade() == MatchGrade.CERTAIN && !sameGivenName ? new MatchScore(score.score(), MatchGrade.PROBABLE) : score;
    }

    /** The pair with its better score, when that grades {@link #PROPOSED_FROM} or better. */
    static Optional<ScoredPair> score(ScanRow a, ScanRow b) {
        if (otherHousehold(a.details(), b.details())) {
            return Optional.empty();
        }
        MatchScore one = PatientMatcher.score(a.details(), b.details());
        MatchScore other = PatientMatcher.score(b.details(), a.details());
        MatchScore better = sureOfTheGivenName(a, b, BETTER_FIRST.compare(one, other) <= 0 ? one : other);
        return better.grade() == null || better.grade().compareTo(PROPOSED_FROM) > 0 ? Optional.empty() : Optional.of(ScoredPair.of(a.id(), b.id(), better.score(), better.grade()));
    }
}
