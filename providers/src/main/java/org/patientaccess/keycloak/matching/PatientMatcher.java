package org.patientaccess.keycloak.matching;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.core.NameFrequencies;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.keys.BirthDateTypos;
import org.patientaccess.keycloak.keys.NameKey;

/**
 * Scores how likely a stored record is the person described, field by field, with weights in the
 * spirit of Fellegi-Sunter: agreement on a rare, stable field (a full birth date) counts for much,
 * agreement on a household field (an email or phone shared by a family) for little, and a
 * different birth date counts strongly against, unless it is a slip of the hand (digits or day and
 * month swapped) or the right day a year off. A different surname counts only a little against:
 * surnames change with marriage, given names and birth dates do not. With the realm's
 * {@link NameFrequencies}, an exact name or birth date weighs more when its value is rare in the
 * realm and less when it is common (a shared Okafor says more than a shared Smith), within bounds
 * that no frequency can cross: two names alone never make probable, a different date without a slip
 * never leaves possible. CERTAIN asks for what tells a household's members apart (see
 * {@link #isCertain}), and no frequency moves it.
 */
public final class PatientMatcher {

    static final double MAX_WEIGHT = 17;
    static final double PROBABLE_AT = 0.6;
    static final double POSSIBLE_AT = 0.35;
    private static final double TYPO_SIMILARITY = 0.92;
    private static final int MIN_LENGTH_FOR_ONE_KEYSTROKE = 4;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /**
     * Half a weight unit per halving of the frequency. The bounds keep each grade's guarantees: gains
     * are small (twins sharing the rarest surname and birth year, whose given names differ, stay
     * below probable), losses larger (the commonest names with the same full date stay probable).
     */
    private static final double FREQUENCY_SCALE = 0.5;
    private static final double NAME_GAIN = 0.5;
    private static final double NAME_LOSS = 1;
    private static final double YEAR_GAIN = 0.25;
    private static final double YEAR_LOSS = 0.5;

    private PatientMatcher() {
    }

    /** The score with every value weighing as a typical one (no frequencies known). */
    public static MatchScore score(PatientDetails query, PatientDetails candidate) {
        return score(query, candidate, NameFrequencies.TYPICAL);
    }

    /** The score with exact agreements weighed by how common the asked values are in the realm. */
    public static MatchScore score(PatientDetails query, PatientDetails candidate, NameFrequencies frequencies) {
        Agreement first = firstName(query.firstName(), candidate.firstName());
        Agreement last = lastName(query.lastName(), candidate.lastName());
        Agreement birth = birthDate(query.birthDate(), candidate.birthDate());
        Agreement email = sameContact(query.email(), candidate.email());
        Agreement phone = sameContact(query.phone(), candidate.phone());

        double weight = first.weight + last.weight + birth.weight + email.weight + phone.weight;
        if (first == Agreement.EXACT) {
            weight += frequencies.firstName().adjustment(FREQUENCY_SCALE, NAME_LOSS, NAME_GAIN);
        }
        if (last == Agreement.EXACT) {
            weight += frequencies.lastName().adjustment(FREQUENCY_SCALE, NAME_LOSS, NAME_GAIN);
        }
        if (birth == Agreement.EXACT_DATE) {
            weight += frequencies.birthYear().adjustment(FREQUENCY_SCALE, YEAR_LOSS, YEAR_GAIN);
        }
        double score = Math.max(0, Math.min(1, weight / MAX_WEIGHT));
        MatchGrade grade = isCertain(query, candidate, first, last, birth, email, phone) ? MatchGrade.CERTAIN
                : score >= PROBABLE_AT ? MatchGrade.PROBABLE
                : score >= POSSIBLE_AT ? MatchGrade.POSSIBLE
                : null;
        return new MatchScore(Math.round(score * 1000) / 1000.0, grade);
    }

    /**
     * CERTAIN may link an account by itself (with a proof sent to the record's email), so it asks for
     * what tells the members of one household apart, exactly: the given name (or a nickname of it:
     * twins and siblings differ there), a contact in common, and the surname and birth date with at
     * most one slip between them: a surname one keystroke off (relatives share a surname or have
     * another one altogether), or digits of the date swapped within its year. A typo in the given
     * name (twins Jayden and Jaylen), a changed surname, one digit wrong or the right day a year off
     * (siblings both named after a parent, spouses of one name), a slip that moves the year (1969 for
     * 1996: a Sr for his Jr) or two slips stay probable at best.
     */
    private static boolean isCertain(PatientDetails query, PatientDetails candidate, Agreement first, Agreement last,
                                     Agreement birth, Agreement email, Agreement phone) {
        boolean sameGivenName = first == Agreement.EXACT || first == Agreement.NICKNAME;
        boolean sharedContact = email == Agreement.SHARED_CONTACT || phone == Agreement.SHARED_CONTACT;
        if (!sameGivenName || !sharedContact) {
            return false;
        }
        // One keystroke, never the sound alone: a phonetic key is cut at six sounds, so two long surnames
        // that only begin alike ("Registrantabc", "Registrantxyz") sound alike to it.
        boolean surnameSlip = (last == Agreement.SOUNDS_ALIKE || last == Agreement.TYPO)
                && Keystrokes.oneApart(NameKey.fold(query.lastName()), NameKey.fold(candidate.lastName()));
        // Digits swapped within the year only. One digit wrong or the right day a year off is how two
        // siblings both named after a parent, or spouses of one name, are born: probable at best.
        boolean dateSlip = birth == Agreement.TRANSPOSED_DATE && yearsApart(query, candidate) == 0;
        return birth == Agreement.EXACT_DATE && (last == Agreement.EXACT || surnameSlip)
                || last == Agreement.EXACT && dateSlip;
    }

    private static int yearsApart(PatientDetails query, PatientDetails candidate) {
        return Math.abs(query.birthDate().getYear() - candidate.birthDate().getYear());
    }

    private static Agreement firstName(String a, String b) {
        String foldedA = NameKey.fold(a);
        String foldedB = NameKey.fold(b);
        if (foldedA.equals(foldedB)) {
            return Agreement.EXACT;
        }
        if (Nicknames.areSameName(foldedA, foldedB) || tokensShared(a, b)) {
            return Agreement.NICKNAME;
        }
        Agreement alike = alike(foldedA, foldedB);
        if (alike == Agreement.DIFFERENT_NAME && Nicknames.sameNamesAs(foldedB).stream().anyMatch(name -> isTypo(foldedA, name))) {
            return Agreement.TYPO;     // "Mkie" for "Michael": a nickname, mistyped.
        }
        return alike;
    }

    private static Agreement lastName(String a, String b) {
        String foldedA = NameKey.fold(a);
        String foldedB = NameKey.fold(b);
        if (foldedA.equals(foldedB)) {
            return Agreement.EXACT;
        }
        // "Garcia Lopez" and "Garcia": one of a compound surname.
        if (tokensShared(a, b)) {
            return Agreement.PART_OF_NAME;
        }
        Agreement alike = alike(foldedA, foldedB);
        return alike == Agreement.DIFFERENT_NAME ? Agreement.DIFFERENT_SURNAME : alike;
    }

    private static Agreement alike(String foldedA, String foldedB) {
        if (!foldedA.isEmpty() && NameKey.phonetic(foldedA).equals(NameKey.phonetic(foldedB))) {
            return Agreement.SOUNDS_ALIKE;
        }
        if (isTypo(foldedA, foldedB)) {
            return Agreement.TYPO;
        }
        return Agreement.DIFFERENT_NAME;
    }

    /**
     * Close in Jaro-Winkler terms, or one keystroke apart (a letter dropped, added, mistyped, or two
     * swapped) in names long enough that one keystroke does not make another common name ("Ana", "Ava").
     */
    private static boolean isTypo(String foldedA, String foldedB) {
        if (JARO_WINKLER.apply(foldedA, foldedB) >= TYPO_SIMILARITY) {
            return true;
        }
        return Math.min(foldedA.length(), foldedB.length()) >= MIN_LENGTH_FOR_ONE_KEYSTROKE
                && Keystrokes.oneApart(foldedA, foldedB);
    }

    private static boolean tokensShared(String a, String b) {
        Set<String> tokensA = tokens(a);
        Set<String> tokensB = tokens(b);
        if (tokensA.size() < 2 && tokensB.size() < 2) {
            return false;
        }
        tokensA.retainAll(tokensB);
        return !tokensA.isEmpty();
    }

    private static Set<String> tokens(String name) {
        Set<String> tokens = new HashSet<>();
        Arrays.stream(name.split("[\\s\\-']+")).map(NameKey::fold).filter(token -> token.length() > 1).forEach(tokens::add);
        return tokens;
    }

    private static Agreement birthDate(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return Agreement.UNKNOWN;
        }
        if (a.equals(b)) {
            return Agreement.EXACT_DATE;
        }
        if (BirthDateTypos.isSlipOf(a, b)) {
            return Agreement.TRANSPOSED_DATE;
        }
        // One digit wrong, or the right day a year off (a year counted from an age).
        if (differsByOneDigit(a.toString(), b.toString()) || a.plusYears(1).equals(b) || b.plusYears(1).equals(a)) {
            return Agreement.NEAR_DATE;
        }
        return Agreement.DIFFERENT_DATE;
    }

    private static boolean differsByOneDigit(String isoA, String isoB) {
        int differences = 0;
        for (int i = 0; i < isoA.length(); i++) {
            if (isoA.charAt(i) != isoB.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
    }

    private static Agreement sameContact(String a, String b) {
        return a != null && Objects.equals(a, b) ? Agreement.SHARED_CONTACT : Agreement.UNKNOWN;
    }

    /** How two values of one field compare, with the weight that carries. */
    private enum Agreement {
        EXACT(4), NICKNAME(3), PART_OF_NAME(3), SOUNDS_ALIKE(2), TYPO(2), DIFFERENT_NAME(-4), DIFFERENT_SURNAME(-0.5),
        EXACT_DATE(5), TRANSPOSED_DATE(2.5), NEAR_DATE(1.5), DIFFERENT_DATE(-6),
        SHARED_CONTACT(2), UNKNOWN(0);

        final double weight;

        Agreement(double weight) {
            this.weight = weight;
        }
    }
}
