package org.patientaccess.keycloak.duplicates;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.DuplicatePair;
import org.patientaccess.keycloak.core.ScoredPair;
import org.patientaccess.keycloak.store.DuplicateStore;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * "Not the same person", the one rule about dismissed pairs: staff dismiss a pair of records, and from
 * then on no scan proposes it and the online-registration queue does not offer either record as a
 * candidate for the other. (A merge needs nothing of it: the merged record is no longer active.)
 */
public final class DuplicateDismissals {

    private final RealmModel realm;
    private final DuplicateStore duplicates;

    public DuplicateDismissals(KeycloakSession session, RealmModel realm) {
        this.realm = realm;
        this.duplicates = session.getProvider(PatientAccessStore.class).duplicates();
    }

    /** Dismisses a pair of the realm; empty when it has no such pair. Dismissing twice keeps the first. */
    public Optional<DuplicatePair> dismiss(String pairId, String dismissedBy) {
        Optional<DuplicatePair> pair = duplicates.findPair(realm, pairId);
        pair.ifPresent(found -> duplicates.dismiss(realm, found.id(), dismissedBy));
        return pair;
    }

    /** The pairs a scan found that may be proposed: all but the dismissed. */
    List<ScoredPair> proposable(Collection<ScoredPair> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> dismissed = duplicates.dismissedAmong(realm, found);
        return found.stream().filter(pair -> !dismissed.contains(pair.patientA() + " " + pair.patientB())).toList();
    }

    /** The candidates for {@code recordId} without those dismissed against it. */
    public <T> List<T> withoutDismissed(String recordId, List<T> candidates, Function<T, String> candidateId) {
        if (recordId == null || candidates.isEmpty()) {
            return candidates;
        }
        Set<String> dismissed = duplicates.dismissedAgainst(realm, recordId);
        return candidates.stream().filter(candidate -> !dismissed.contains(candidateId.apply(candidate))).toList();
    }
}
