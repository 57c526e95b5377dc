package org.patientaccess.keycloak.merge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.model.AccessGrant;
import org.patientaccess.keycloak.model.AccessGrantConflictException;
import org.patientaccess.keycloak.model.AccessGrantProvider;
import org.patientaccess.keycloak.model.ConcurrentChangeException;
import org.patientaccess.keycloak.model.InvitationProvider;
import org.patientaccess.keycloak.model.PatientDetails;
import org.patientaccess.keycloak.model.PatientMerge;
import org.patientaccess.keycloak.model.PatientRecord;
import org.patientaccess.keycloak.model.PatientRecordProvider;
import org.patientaccess.keycloak.model.PatientStatus;

/**
 * Folds one patient record into another, in the request's one transaction: the survivor keeps its id
 * and, field by field, its own value unless staff take the merged record's (an empty field is filled
 * from the merged record, so nothing is lost); every grant and pending invitation moves to the
 * survivor; the merged record becomes MERGED and forwards to the survivor. The before-image is kept,
 * and {@link #undo} puts everything back.
 */
public final class PatientMerger {

    /** The fields staff may take from the merged record. */
    public static final Set<String> FIELDS = Set.of("externalId", "firstName", "lastName", "birthDate", "email", "phone");

    private final RealmModel realm;
    private final PatientRecordProvider patients;
    private final AccessGrantProvider grants;
    private final InvitationProvider invitations;

    public PatientMerger(KeycloakSession session, RealmModel realm) {
        this.realm = realm;
        this.patients = session.getProvider(PatientRecordProvider.class);
        this.grants = session.getProvider(AccessGrantProvider.class);
        this.invitations = session.getProvider(InvitationProvider.class);
    }

    public PatientMerge merge(String survivorId, String mergedId, Set<String> takeFromMerged, String actorId) {
        for (String field : takeFromMerged) {
            if (!FIELDS.contains(field)) {
                throw new MergeRefusedException("take", "unknown field '" + field + "'; fields are " + FIELDS);
            }
        }
        PatientRecord survivor = active(survivorId, "survivor");
        PatientRecord merged = active(mergedId, "mergedId");
        if (survivor.id().equals(merged.id())) {
            throw new MergeRefusedException("mergedId", "a record cannot be merged into itself");
        }
        Optional<AccessGrant> survivorSelf = grants.findActiveSelf(realm, survivor.id());
        Optional<AccessGrant> mergedSelf = grants.findActiveSelf(realm, merged.id());
        if (survivorSelf.isPresent() && mergedSelf.isPresent() && !survivorSelf.get().userId().equals(mergedSelf.get().userId())) {
            throw new MergeRefusedException(null, "both records have an account of their own; end one of those grants first");
        }

        PatientDetails combined = combine(survivor.details(), merged.details(), takeFromMerged);
        AccessGrantProvider.GrantMove moved;
        try {
            moved = grants.moveAll(realm, merged.id(), survivor.id());
        } catch (AccessGrantConflictException | ConcurrentChangeException e) {
            throw new MergeRefusedException(null, e.getMessage());
        }
        List<String> movedInvitations;
        try {
            movedInvitations = invitations.movePending(realm, merged.id(), survivor.id());
            patients.markMerged(realm, merged.id(), survivor.id());
        } catch (ConcurrentChangeException e) {
            // The request's transaction rolls back: the grants and invitations moved above stay where they were.
            throw new MergeRefusedException(null, e.getMessage() + "; nothing was merged, try again");
        }
        patients.update(realm, survivor.id(), combined);
        return patients.saveMerge(realm, new PatientMerge(null, realm.getId(), survivor.id(), merged.id(), survivor, merged,
                moved, movedInvitations, actorId, null, null, null));
    }

    public void undo(String mergeId, String actorId) {
        PatientMerge merge = patients.findMerge(realm, mergeId)
                .orElseThrow(() -> new MergeRefusedException("mergeId", "no such merge"));
        if (merge.undoneAt() != null) {
            throw new MergeRefusedException(null, "this merge has already been undone");
        }
        PatientRecord merged = patients.findById(realm, merge.mergedId()).orElseThrow();
        if (merged.status() != PatientStatus.MERGED || !merge.survivorId().equals(merged.mergedInto())) {
            throw new MergeRefusedException(null, "the merged record has changed since; undo the later changes first");
        }
        try {
            grants.undoMove(realm, merge.survivorId(), merge.mergedId(), merge.grants());
            invitations.moveBack(realm, merge.invitations(), merge.mergedId());
        } catch (AccessGrantConflictException | ConcurrentChangeException e) {
            throw new MergeRefusedException(null, e.getMessage() + "; nothing was undone, try again");
        }
        // The survivor first: it gives back an external id it may have taken from the merged record.
        patients.restore(realm, merge.survivorBefore());
        patients.restore(realm, merge.mergedBefore());
        patients.markMergeUndone(realm, mergeId, actorId);
    }

    private PatientRecord active(String id, String field) {
        PatientRecord record = patients.findById(realm, id)
                .orElseThrow(() -> new MergeRefusedException(field, "no such patient in this realm"));
        if (record.status() != PatientStatus.ACTIVE) {
            throw new MergeRefusedException(field, "the patient is " + record.status().name().toLowerCase() + "; only active records merge");
        }
        return record;
    }

    static PatientDetails combine(PatientDetails survivor, PatientDetails merged, Set<String> take) {
        return new PatientDetails(
                pick("externalId", survivor.externalId(), merged.externalId(), take),
                pick("firstName", survivor.firstName(), merged.firstName(), take),
                pick("lastName", survivor.lastName(), merged.lastName(), take),
                pick("birthDate", survivor.birthDate(), merged.birthDate(), take),
                pick("email", survivor.email(), merged.email(), take),
                pick("phone", survivor.phone(), merged.phone(), take));
    }

    private static <T> T pick(String field, T survivor, T merged, Set<String> take) {
        if (take.contains(field) && merged != null) {
            return merged;
        }
        return survivor != null ? survivor : merged;
    }
}
