package org.patientaccess.keycloak.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.ScanRow;
import org.patientaccess.keycloak.core.ScoredPair;
import org.patientaccess.keycloak.matching.MatchScore;
import org.patientaccess.keycloak.matching.PatientMatcher;

class PairScoringTest {

    @Test
    void aPairIsScoredTheWayThatFindsTheTypoWhicheverRecordHoldsIt() {
        ScanRow stored = row("a", "Michael", "Okafor", "1980-03-04", null);
        ScanRow typed = row("b", "Mkie", "Okafor", "1980-03-04", null);
        MatchScore typedFirst = PatientMatcher.score(typed.details(), stored.details());

        ScoredPair scored = PairScoring.score(stored, typed).orElseThrow();

        assertThat(PatientMatcher.score(stored.details(), typed.details()).grade()).isNull();
        assertThat(scored).isEqualTo(new ScoredPair("a", "b", typedFirst.score(), MatchGrade.PROBABLE));
        assertThat(PairScoring.score(typed, stored)).contains(scored);
    }

    @Test
    void twoRecordsWhoseGivenNamesAreNicknamesOfEachOtherAreAtBestProbable() {
        ScanRow william = row("a", "William", "Watson", "2007-09-05", "watson.family@example.com");
        ScanRow liam = row("b", "Liam", "Watson", "2007-09-05", "watson.family@example.com");

        assertThat(PairScoring.score(william, liam).orElseThrow().grade()).isEqualTo(MatchGrade.PROBABLE);
    }

    @Test
    void twoRecordsWithTheSameNamesDateAndContactAreCertain() {
        ScanRow one = row("a", "William", "Watson", "2007-09-05", "watson.family@example.com");
        ScanRow again = row("b", "WILLIAM", "Watson", "2007-09-05", "watson.family@example.com");

        assertThat(PairScoring.score(one, again).orElseThrow().grade()).isEqualTo(MatchGrade.CERTAIN);
    }

    @Test
    void namesakesBornTheSameDayWithAnotherEmailAndAnotherPhoneAreNotProposed() {
        ScanRow one = new ScanRow("a", new PatientDetails(null, "Maria", "Garcia", LocalDate.parse("1984-06-02"),
                "garcia.one@example.com", "+14165550101"), "");
        ScanRow other = new ScanRow("b", new PatientDetails(null, "Maria", "Garcia", LocalDate.parse("1984-06-02"),
                "garcia.two@example.com", "+14165550202"), "");

        assertThat(PairScoring.score(one, other)).isEmpty();
    }

    @Test
    void strangersAreNotProposed() {
        assertThat(PairScoring.score(row("a", "Anna", "Smith", "1953-04-12", null), row("b", "Zoe", "Smith", "1960-07-30", null))).isEmpty();
    }

    @Test
    void twinsOfOneHouseholdAreNotProposed() {
        ScanRow twin = row("a", "Sofia", "Garcia", "2014-03-09", "garcia.family@example.com");
        ScanRow other = row("b", "Mateo", "Garcia", "2014-03-09", "garcia.family@example.com");

        assertThat(PatientMatcher.score(twin.details(), other.details()).grade()).isEqualTo(MatchGrade.POSSIBLE);
        assertThat(PairScoring.score(twin, other)).isEmpty();
    }

    @Test
    void aChangedSurnameWithTheFamilysContactsIsProposed() {
        ScanRow maiden = row("a", "Maria", "Lopez", "1984-06-02", "maria@example.com");
        ScanRow married = row("b", "Maria", "Okafor", "1984-06-02", "maria@example.com");

        assertThat(PairScoring.score(maiden, married).map(ScoredPair::grade)).contains(MatchGrade.PROBABLE);
    }

    private static ScanRow row(String id, String firstName, String lastName, String birthDate, String email) {
        return new ScanRow(id, new PatientDetails(null, firstName, lastName, LocalDate.parse(birthDate), email, null), "key");
    }
}
