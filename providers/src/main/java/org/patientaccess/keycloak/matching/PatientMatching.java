package org.patientaccess.keycloak.matching;

import java.util.Comparator;
import java.util.List;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.model.PatientDetails;
import org.patientaccess.keycloak.model.PatientRecordProvider;

/**
 * Finds the records that could be a person: blocking on indexed keys (never a table scan), then
 * scoring each candidate. One matcher serves staff's match, registration and dependents alike.
 */
public final class PatientMatching {

    public static final int MAX_CANDIDATES = 10;
    static final int PER_BLOCK = 50;

    private final PatientRecordProvider patients;

    public PatientMatching(PatientRecordProvider patients) {
        this.patients = patients;
    }

    /** The graded candidates, best first, at most {@value #MAX_CANDIDATES}. */
    public List<MatchCandidate> match(RealmModel realm, PatientDetails person) {
        return patients.findMatchCandidates(realm, person, PER_BLOCK).stream()
                .map(record -> new MatchCandidate(record, PatientMatcher.score(person, record.details())))
                .filter(candidate -> candidate.score().grade() != null)
                .sorted(Comparator.comparing((MatchCandidate candidate) -> candidate.score().grade())
                        .thenComparing(candidate -> -candidate.score().score())
                        .thenComparing(candidate -> candidate.patient().id()))
                .limit(MAX_CANDIDATES)
                .toList();
    }
}
