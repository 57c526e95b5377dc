package org.patientaccess.keycloak.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.core.NameFrequencies;
import org.patientaccess.keycloak.core.PatientDetails;

class PatientMatcherTest {

    private static final String FAMILY_EMAIL = "garcia.family@example.com";
    private static final String FAMILY_PHONE = "+14165550134";

    @Test
    void theSamePersonWithAContactOnFileIsCertain() {
        MatchScore score = score(person("Maria", "Garcia", "1984-06-02", FAMILY_EMAIL, null),
                person("maria", "GARCIA", "1984-06-02", FAMILY_EMAIL, FAMILY_PHONE));

        assertThat(score.grade()).isEqualTo(MatchGrade.CERTAIN);
        assertThat(score.score()).isGreaterThan(0.8);
    }

    @Test
    void aNicknameIsTheSameGivenName() {
        assertThat(score(person("Bob", "Tremblay", "1970-01-15", null, FAMILY_PHONE),
                person("Robert", "Tremblay", "1970-01-15", null, FAMILY_PHONE)).grade()).isEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void withoutAContactInCommonTheSameNamesAndBirthDateAreOnlyProbable() {
        assertThat(score(person("Maria", "Garcia", "1984-06-02", null, null),
                person("Maria", "Garcia", "1984-06-02", "other@example.com", null)).grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void typosAccentsAndSpacingStillMatch() {
        MatchScore score = score(person("Jose", "Hernandes", "1951-01-30", null, null),
                person("José", "Hernández", "1951-01-30", null, FAMILY_PHONE));

        assertThat(score.grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void theRightDayAYearOffOrOneDigitWrongIsNeverCertainForSiblingsNamedAfterOneParent() {
        assertThat(score(person("Michael", "Nelson", "2011-06-14", FAMILY_EMAIL, FAMILY_PHONE),
                person("Michael", "Nelson", "2010-06-14", FAMILY_EMAIL, FAMILY_PHONE)).grade()).isEqualTo(MatchGrade.PROBABLE);
        assertThat(score(person("Christopher", "Flores", "1970-05-12", FAMILY_EMAIL, FAMILY_PHONE),
                person("Christopher", "Flores", "1970-05-02", FAMILY_EMAIL, FAMILY_PHONE)).grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void oneDigitOfTheBirthYearWrongByMoreThanAYearIsNeverCertain() {
        // A Sr born in 1964 and his Jr in 1994, the same day: one digit apart, a generation apart.
        assertThat(score(person("Luis", "Garcia", "1994-05-12", FAMILY_EMAIL, FAMILY_PHONE),
                person("Luis", "Garcia", "1964-05-12", FAMILY_EMAIL, FAMILY_PHONE)).grade()).isNotEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void twinsSharingTheFamilyContactsAreNeverOnePerson() {
        MatchScore score = score(person("Sofia", "Garcia", "2014-03-09", FAMILY_EMAIL, FAMILY_PHONE),
                person("Mateo", "Garcia", "2014-03-09", FAMILY_EMAIL, FAMILY_PHONE));

        assertThat(score.grade()).isNotEqualTo(MatchGrade.CERTAIN).isNotEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void aChildNamedAfterAParentIsNeverTheParent() {
        MatchScore score = score(person("Luis", "Garcia", "2012-05-20", FAMILY_EMAIL, FAMILY_PHONE),
                person("Luis", "Garcia", "1982-11-20", FAMILY_EMAIL, FAMILY_PHONE));

        assertThat(score.grade()).isNotEqualTo(MatchGrade.CERTAIN).isNotEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void strangersAreNotCandidates() {
        assertThat(score(person("Chloé", "Nguyen", "2001-04-27", null, null),
                person("Rosa", "Hernandez", "1951-01-30", null, null)).grade()).isNull();
    }

    @Test
    void oneOfACompoundSurnameCounts() {
        assertThat(score(person("Ana", "Garcia", "1990-02-03", null, FAMILY_PHONE),
                person("Ana", "Garcia Lopez", "1990-02-03", null, FAMILY_PHONE)).grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void aBirthDateWithTwoAdjacentDigitsSwappedIsATypoNotAnotherPerson() {
        PatientDetails stored = person("Aisha", "O'Connor", "1953-04-12", null, FAMILY_PHONE);

        assertThat(score(person("Aisha", "O'Connor", "1935-04-12", null, FAMILY_PHONE), stored).grade()).isEqualTo(MatchGrade.PROBABLE);
        assertThat(score(person("Aisha", "O'Connor", "1953-04-21", null, null), stored).grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void theRightDayAYearOffIsWeakEvidence() {
        PatientDetails stored = person("Maria", "Garcia", "1999-06-02", FAMILY_EMAIL, null);

        assertThat(score(person("Maria", "Garcia", "2000-06-02", null, null), stored).grade()).isEqualTo(MatchGrade.POSSIBLE);
        assertThat(score(person("Maria", "Garica", "2000-06-02", FAMILY_EMAIL, FAMILY_PHONE),
                person("Maria", "Garcia", "1999-06-02", FAMILY_EMAIL, FAMILY_PHONE)).grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void aDifferentBirthDateThatIsNoSlipStaysStrongEvidenceAgainst() {
        assertThat(score(person("Maria", "Garcia", "1975-03-14", FAMILY_EMAIL, null),
                person("Maria", "Garcia", "1984-06-02", FAMILY_EMAIL, null)).grade()).isNull();
    }

    @Test
    void aSurnameChangedByMarriageWithTheSameGivenNameAndBirthDateIsACandidate() {
        assertThat(score(person("Maria", "Lopez", "1984-06-02", null, null),
                person("Maria", "Garcia", "1984-06-02", FAMILY_EMAIL, FAMILY_PHONE)).grade()).isEqualTo(MatchGrade.POSSIBLE);
    }

    @Test
    void aSurnameChangedByMarriageWithTheSameGivenNameBirthDateAndAContactIsProbable() {
        assertThat(score(person("Maria", "Lopez", "1984-06-02", FAMILY_EMAIL, null),
                person("Maria", "Garcia", "1984-06-02", FAMILY_EMAIL, FAMILY_PHONE)).grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void aChangedSurnameOrASlipOfTheBirthYearIsNeverCertain() {
        PatientDetails stored = person("Maria", "Garcia", "1953-06-02", FAMILY_EMAIL, FAMILY_PHONE);

        assertThat(score(person("Maria", "Lopez", "1953-06-02", FAMILY_EMAIL, FAMILY_PHONE), stored).grade()).isNotEqualTo(MatchGrade.CERTAIN);
        assertThat(score(person("Maria", "Garcia", "1935-06-02", FAMILY_EMAIL, FAMILY_PHONE), stored).grade()).isNotEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void aSurnameOneKeystrokeOffWithTheGivenNameBirthDateAndAContactExactIsCertain() {
        assertThat(score(person("Jose", "Hernadez", "1951-01-30", null, FAMILY_PHONE),
                person("José", "Hernández", "1951-01-30", null, FAMILY_PHONE)).grade()).isEqualTo(MatchGrade.CERTAIN);
        assertThat(score(person("Bob", "Tremlbay", "1970-01-15", FAMILY_EMAIL, null),
                person("Robert", "Tremblay", "1970-01-15", FAMILY_EMAIL, null)).grade()).isEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void aSurnameSoundingAlikeAndOneKeystrokeOffWithTheGivenNameBirthDateAndAContactExactIsCertain() {
        assertThat(score(person("Emma", "Smyth", "1988-09-14", FAMILY_EMAIL, null),
                person("Emma", "Smith", "1988-09-14", FAMILY_EMAIL, null)).grade()).isEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void twoLongSurnamesThatOnlyBeginAlikeAreNeverCertainThoughTheirCutPhoneticKeysAgree() {
        assertThat(score(person("Marc", "Registrantabcdef", "1969-08-14", null, FAMILY_PHONE),
                person("Marc", "Registrantxyzuvw", "1969-08-14", null, FAMILY_PHONE)).grade()).isNotEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void digitsOfTheBirthDateSwappedWithinItsYearWithTheNamesAndAContactExactIsCertain() {
        PatientDetails stored = person("Aisha", "O'Connor", "1978-12-01", null, FAMILY_PHONE);

        assertThat(score(person("Aisha", "OConnor", "1978-01-12", null, FAMILY_PHONE), stored).grade()).isEqualTo(MatchGrade.CERTAIN);
        assertThat(score(person("Aisha", "O'Connor", "1978-12-10", null, FAMILY_PHONE), stored).grade()).isEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void aSurnameSlipAndADateSlipTogetherAreNeverCertain() {
        assertThat(score(person("Aisha", "OConnro", "1978-01-12", null, FAMILY_PHONE),
                person("Aisha", "O'Connor", "1978-12-01", null, FAMILY_PHONE)).grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void aSurnameCloseButMoreThanOneKeystrokeOffIsNeverCertain() {
        // A blended family: Martin and Martinez, both Daniel, the same day, one phone.
        assertThat(score(person("Daniel", "Martin", "2010-04-03", null, FAMILY_PHONE),
                person("Daniel", "Martinez", "2010-04-03", null, FAMILY_PHONE)).grade()).isNotEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void aTypoInTheGivenNameIsNeverCertainForTwinsNamedAlike() {
        MatchScore score = score(person("Jayden", "Garcia", "2014-03-09", FAMILY_EMAIL, FAMILY_PHONE),
                person("Jaylen", "Garcia", "2014-03-09", FAMILY_EMAIL, FAMILY_PHONE));

        assertThat(score.grade()).isNotEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void aTwinAskedWithASurnameTypoIsNeverTheOtherTwin() {
        assertThat(score(person("Sofia", "Garica", "2014-03-09", FAMILY_EMAIL, FAMILY_PHONE),
                person("Mateo", "Garcia", "2014-03-09", FAMILY_EMAIL, FAMILY_PHONE)).grade()).isNotEqualTo(MatchGrade.CERTAIN)
                .isNotEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void aJuniorWhoseBirthYearIsTheSeniorsWithTwoDigitsSwappedIsNeverTheSenior() {
        assertThat(score(person("Luis", "Garcia", "1996-05-12", FAMILY_EMAIL, FAMILY_PHONE),
                person("Luis", "Garcia", "1969-05-12", FAMILY_EMAIL, FAMILY_PHONE)).grade()).isNotEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void aSharedRareSurnameScoresMoreThanASharedCommonOne() {
        PatientDetails query = person("Maria", "Garcia", "1984-06-02", null, null);
        PatientDetails stored = person("Maria", "Garcia", "1984-06-02", null, null);

        double rare = PatientMatcher.score(query, stored, frequencies(TYPICAL, 3, TYPICAL)).score();
        double typical = PatientMatcher.score(query, stored).score();
        double common = PatientMatcher.score(query, stored, frequencies(TYPICAL, 2_000, TYPICAL)).score();

        assertThat(rare).isGreaterThan(typical);
        assertThat(typical).isGreaterThan(common);
    }

    @Test
    void aSharedRareGivenNameScoresMoreThanASharedCommonOne() {
        PatientDetails person = person("Maria", "Garcia", "1984-06-02", null, null);

        assertThat(PatientMatcher.score(person, person, frequencies(3, TYPICAL, TYPICAL)).score())
                .isGreaterThan(PatientMatcher.score(person, person, frequencies(2_000, TYPICAL, TYPICAL)).score());
    }

    @Test
    void aFullBirthDateInACommonBirthYearScoresLessThanInARareOne() {
        PatientDetails person = person("Maria", "Garcia", "1984-06-02", null, null);

        assertThat(PatientMatcher.score(person, person, frequencies(TYPICAL, TYPICAL, 5)).score())
                .isGreaterThan(PatientMatcher.score(person, person, frequencies(TYPICAL, TYPICAL, 2_000)).score());
    }

    @Test
    void theRarestNamesAloneAreNeverProbable() {
        assertThat(PatientMatcher.score(person("Chidinma", "Okafor", null, null, null),
                person("Chidinma", "Okafor", "1990-02-03", null, null), frequencies(1, 1, 1)).grade()).isEqualTo(MatchGrade.POSSIBLE);
    }

    @Test
    void theCommonestNamesWithTheSameFullBirthDateStayProbable() {
        PatientDetails person = person("Maria", "Garcia", "1984-06-02", null, null);

        assertThat(PatientMatcher.score(person, person, frequencies(1_000_000, 1_000_000, 1_000_000)).grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void noFrequencyLiftsADifferentBirthDateWithoutASlipAbovePossible() {
        assertThat(PatientMatcher.score(person("Maria", "Okafor", "1975-03-14", FAMILY_EMAIL, FAMILY_PHONE),
                person("Maria", "Okafor", "1984-06-02", FAMILY_EMAIL, FAMILY_PHONE), frequencies(1, 1, 1)).grade()).isEqualTo(MatchGrade.POSSIBLE);
    }

    @Test
    void twinsSharingTheRarestSurnameAndBirthYearAndTheFamilyContactsStayPossible() {
        assertThat(PatientMatcher.score(person("Sofia", "Okafor", "2014-03-09", FAMILY_EMAIL, FAMILY_PHONE),
                person("Mateo", "Okafor", "2014-03-09", FAMILY_EMAIL, FAMILY_PHONE), frequencies(1, 1, 1)).grade()).isEqualTo(MatchGrade.POSSIBLE);
    }

    @Test
    void frequenciesNeverMakeCertainOrUndoIt() {
        PatientDetails stored = person("Maria", "Garcia", "1984-06-02", FAMILY_EMAIL, null);

        assertThat(PatientMatcher.score(person("Maria", "Garcia", "1984-06-02", FAMILY_EMAIL, null), stored,
                frequencies(1_000_000, 1_000_000, 1_000_000)).grade()).isEqualTo(MatchGrade.CERTAIN);
        assertThat(PatientMatcher.score(person("Maria", "Garcia", "1984-06-02", null, null), stored,
                frequencies(1, 1, 1)).grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void typosInBothNamesThatChangeHowTheySoundStillMatchWithTheBirthDateAndAContact() {
        assertThat(score(person("Mabia", "Garcoa", "1984-06-02", null, FAMILY_PHONE),
                person("Maria", "Garcia", "1984-06-02", null, FAMILY_PHONE)).grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void aMistypedNicknameIsStillTheGivenNameButNotCertain() {
        MatchScore score = score(person("Mkie", "Tremblay", "1970-01-15", null, FAMILY_PHONE),
                person("Michael", "Tremblay", "1970-01-15", null, FAMILY_PHONE));

        assertThat(score.grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void twinsWithShortGivenNamesOneLetterApartAreNeverOnePerson() {
        MatchScore score = score(person("Ana", "Garcia", "2014-03-09", FAMILY_EMAIL, FAMILY_PHONE),
                person("Ava", "Garcia", "2014-03-09", FAMILY_EMAIL, FAMILY_PHONE));

        assertThat(score.grade()).isNotEqualTo(MatchGrade.CERTAIN).isNotEqualTo(MatchGrade.PROBABLE);
    }

    /** The typical count of every field in these tests: a value held by 100 records. */
    private static final long TYPICAL = 100;

    private static NameFrequencies frequencies(long firstName, long lastName, long birthYear) {
        return new NameFrequencies(new NameFrequencies.Frequency(firstName, TYPICAL), new NameFrequencies.Frequency(lastName, TYPICAL),
                new NameFrequencies.Frequency(birthYear, TYPICAL));
    }

    private static MatchScore score(PatientDetails query, PatientDetails stored) {
        return PatientMatcher.score(query, stored);
    }

    private static PatientDetails person(String first, String last, String birthDate, String email, String phone) {
        return new PatientDetails(null, first, last, birthDate == null ? null : LocalDate.parse(birthDate), email, phone);
    }
}
