package org.patientaccess.keycloak.matching;

import java.util.Comparator;
import java.util.List;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.NameFrequencies;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.store.NameFrequencyStore;
import org.patientaccess.keycloak.store.PatientRecordStore;

/**
 * Finds the records that could be a person: blocking on indexed keys (never a table scan), then
 * scoring each candidate, weighed by the realm's name frequencies. One matcher serves staff's match,
 * registration and dependents alike.
 */
public final class PatientMatching {

    public static final int MAX_CANDIDATES = 10;
    static final int PER_BLOCK = 50;

    private final PatientRecordStore patients;
    private final NameFrequencyStore frequencies;

    public PatientMatching(PatientRecordStore patients, NameFrequencyStore frequencies) {
        this.patients = patients;
        this.frequencies = frequencies;
    }

    /**
     * The graded candidates, best first, at most {@value #MAX_CANDIDATES}, weighed by how common the
     * person's names are in the realm; no nickname certain beside an exact name certain ({@link SoleCertain}).
     */
    public List<MatchCandidate> match(RealmModel realm, PatientDetails person) {
        NameFrequencies common = frequencies.frequenciesOf(realm, person);
        List<MatchCandidate> graded = patients.findMatchCandidates(realm, person, PER_BLOCK).stream()
                // An email someone acting for the patient typed is no evidence of who they are.
                .map(record -> new MatchCandidate(record, PatientMatcher.score(person, record.evidence(), common)))
                .filter(candidate -> candidate.score().grade() != null)
                .toList();
        return SoleCertain.among(person, graded).stream()
                .sorted(Comparator.comparing((MatchCandidate candidate) -> candidate.score().grade())
                        .thenComparing(candidate -> -candidate.score().score())
                        .thenComparing(candidate -> candidate.patient().id()))
                .limit(MAX_CANDIDATES)
                .toList();
    }
}
