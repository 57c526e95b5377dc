package org.patientaccess.keycloak.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.model.PatientDetails;

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
        MatchScore score = score(person("Jose", "Hernandes", "1951-01-30", null, FAMILY_PHONE),
                person("José", "Hernández", "1951-01-30", null, FAMILY_PHONE));

        assertThat(score.grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void aTransposedOrMistypedBirthDateIsEvidenceButNotCertainty() {
        PatientDetails stored = person("Aisha", "O'Connor", "1978-12-01", null, FAMILY_PHONE);

        assertThat(score(person("Aisha", "OConnor", "1978-01-12", null, FAMILY_PHONE), stored).grade()).isEqualTo(MatchGrade.PROBABLE);
        assertThat(score(person("Aisha", "O'Connor", "1979-12-01", null, FAMILY_PHONE), stored).grade()).isEqualTo(MatchGrade.PROBABLE);
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

        assertThat(score(person("Maria", "Garcia", "2000-06-02", FAMILY_EMAIL, null), stored).grade()).isEqualTo(MatchGrade.PROBABLE);
        assertThat(score(person("Maria", "Garcia", "2000-06-02", null, null), stored).grade()).isEqualTo(MatchGrade.POSSIBLE);
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
    void aChangedSurnameOrASlipOfTheBirthDateIsNeverCertain() {
        PatientDetails stored = person("Maria", "Garcia", "1953-06-02", FAMILY_EMAIL, FAMILY_PHONE);

        assertThat(score(person("Maria", "Lopez", "1953-06-02", FAMILY_EMAIL, FAMILY_PHONE), stored).grade()).isNotEqualTo(MatchGrade.CERTAIN);
        assertThat(score(person("Maria", "Garcia", "1935-06-02", FAMILY_EMAIL, FAMILY_PHONE), stored).grade()).isNotEqualTo(MatchGrade.CERTAIN);
        assertThat(score(person("Maria", "Garcia", "1953-02-06", FAMILY_EMAIL, FAMILY_PHONE), stored).grade()).isNotEqualTo(MatchGrade.CERTAIN);
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

    private static MatchScore score(PatientDetails query, PatientDetails stored) {
        return PatientMatcher.score(query, stored);
    }

    private static PatientDetails person(String first, String last, String birthDate, String email, String phone) {
        return new PatientDetails(null, first, last, birthDate == null ? null : LocalDate.parse(birthDate), email, phone);
    }
}
