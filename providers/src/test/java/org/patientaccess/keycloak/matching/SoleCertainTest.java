package org.patientaccess.keycloak.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;

class SoleCertainTest {

    private static final PatientRecord WILLIAM = twin("william", "William");
    private static final PatientRecord LIAM = twin("liam", "Liam");

    @Test
    void aTwinAskedByTheirExactNameStaysCertainAndTheTwinSweptByNicknameIsProbable() {
        List<MatchCandidate> candidates = SoleCertain.among(asked("Liam"), List.of(certain(WILLIAM), certain(LIAM)));

        assertThat(candidates).extracting(candidate -> candidate.patient().id() + " " + candidate.score().grade())
                .containsExactly("william PROBABLE", "liam CERTAIN");
    }

    @Test
    void whenNoCertainCandidateHasTheExactNameAskedAllStayCertainForTheCallerToWeigh() {
        List<MatchCandidate> candidates = SoleCertain.among(asked("Bill"), List.of(certain(WILLIAM), certain(LIAM)));

        assertThat(candidates).extracting(candidate -> candidate.score().grade()).containsOnly(MatchGrade.CERTAIN);
    }

    @Test
    void twoCertainCandidatesWithTheExactNameAskedBothStayCertain() {
        PatientRecord provisionalCopy = twin("copy", "Liam");

        List<MatchCandidate> candidates = SoleCertain.among(asked("Liam"), List.of(certain(LIAM), certain(provisionalCopy)));

        assertThat(candidates).extracting(candidate -> candidate.score().grade()).containsOnly(MatchGrade.CERTAIN);
    }

    @Test
    void oneCertainCandidateKeepsItsGradeWhateverTheName() {
        List<MatchCandidate> candidates = SoleCertain.among(asked("Bill"), List.of(certain(WILLIAM),
                new MatchCandidate(LIAM, new MatchScore(0.7, MatchGrade.PROBABLE))));

        assertThat(candidates).extracting(candidate -> candidate.score().grade()).containsExactly(MatchGrade.CERTAIN, MatchGrade.PROBABLE);
    }

    @Test
    void aDemotedCandidateKeepsItsScore() {
        List<MatchCandidate> candidates = SoleCertain.among(asked("Liam"), List.of(certain(WILLIAM), certain(LIAM)));

        assertThat(candidates.get(0).score().score()).isEqualTo(0.94);
    }

    private static MatchCandidate certain(PatientRecord record) {
        return new MatchCandidate(record, new MatchScore(0.94, MatchGrade.CERTAIN));
    }

    private static PatientDetails asked(String firstName) {
        return new PatientDetails(null, firstName, "Ruiz", LocalDate.of(2022, 9, 22), "family@example.com", null);
    }

    private static PatientRecord twin(String id, String firstName) {
        return new PatientRecord(id, "realm", new PatientDetails(null, firstName, "Ruiz", LocalDate.of(2022, 9, 22), "family@example.com", null),
                PatientStatus.ACTIVE, null, PatientSource.ADMIN, EmailSource.CLINIC, Instant.EPOCH, Instant.EPOCH, 0);
    }
}
