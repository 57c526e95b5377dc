package org.patientaccess.keycloak.merges;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.ConcurrentChangeException;
import org.patientaccess.keycloak.core.ConflictException;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.GrantMove;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientMerge;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.RecordStateException;
import org.patientaccess.keycloak.core.UndoRefusedException;
import org.patientaccess.keycloak.core.UnknownIdException;
import org.patientaccess.keycloak.email.AccessChangeNotifier;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.store.InvitationStore;
import org.patientaccess.keycloak.store.OnlineRegistrationStore;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientMergeStore;
import org.patientaccess.keycloak.store.PatientRecordStore;

/**
 * Folds one patient record into another, in the request's one transaction: the survivor keeps its id
 * and, field by field, its own value unless staff take the merged record's (an empty field is filled
 * from the merged record, so nothing is lost, except an email someone acting for the patient typed,
 * which staff must choose); every grant and pending invitation moves to the survivor; the merged
 * record becomes MERGED and forwards to the survivor. Moving grants changes accounts' access, so
 * Keycloak's permission for each account is needed, as for any change of access. The before-image
 * is kept, with the survivor's version right after the merge, and {@link #undo} puts everything back
 * while nothing has changed since, the registration that asked for the merge included.
 */
public final class PatientMerger {

    /** The fields staff may take from the merged record. */
    public static final Set<String> FIELDS = Set.of("externalId", "firstName", "lastName", "birthDate", "email", "phone");

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PatientRecordStore patients;
    private final AccessGrantStore grants;
    private final InvitationStore invitations;
    private final PatientMergeStore merges;
    private final OnlineRegistrationStore registrations;

    public PatientMerger(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        PatientAccessStore store = session.getProvider(PatientAccessStore.class);
        this.patients = store.records();
        this.merges = store.merges();
        this.grants = store.grants();
        this.invitations = store.invitations();
        this.registrations = store.registrations();
    }

    /** The realm's merges, newest first (undone ones too). */
    public List<PatientMerge> page(int first, int max) {
        return merges.list(realm, first, max);
    }

    /**
     * Merges {@code mergedId} into {@code survivorId}, taking the fields listed from the merged record.
     * Every account that acts for the merged record acts for the survivor instead.
     */
    public PatientMerge merge(String survivorId, String mergedId, Set<String> takeFromMerged, Actor actor) {
        for (String field : takeFromMerged) {
            if (!FIELDS.contains(field)) {
                throw new InvalidInputException("take", "unknown field '" + field + "'; fields are " + FIELDS);
            }
        }
        PatientRecord survivor = active(survivorId, "survivor");
        PatientRecord merged = active(mergedId, "mergedId");
        if (survivor.id().equals(merged.id())) {
            throw new InvalidInputException("mergedId", "a record cannot be merged into itself");
        }
        actor.requireMayChangeAccessOf(session, realm, new AccessGrants(session, realm).holdersOf(merged.id()));
        Optional<AccessGrant> survivorSelf = grants.findActiveSelf(realm, survivor.id());
        Optional<AccessGrant> mergedSelf = grants.findActiveSelf(realm, merged.id());
        if (survivorSelf.isPresent() && mergedSelf.isPresent() && !survivorSelf.get().userId().equals(mergedSelf.get().userId())) {
            throw new ConflictException("both records have an account of their own; end one of those grants first");
        }

        Combined combined = combine(survivor, merged, takeFromMerged);
        GrantMove moved;
        List<String> movedInvitations;
        PatientRecord survivorAfter;
        try {
            moved = grants.moveAll(realm, merged.id(), survivor.id());
            movedInvitations = invitations.movePending(realm, merged.id(), survivor.id());
            patients.markMerged(realm, merged.id(), survivor.id());
            survivorAfter = patients.save(realm, survivor.id(), survivor.version(), combined.details(), combined.emailSource(), null)
                    .orElseThrow();
        } catch (ConcurrentChangeException e) {
            // The request's transaction rolls back: the grants and invitations moved above stay where they were.
            throw new ConcurrentChangeException(e.getMessage() + "; nothing was merged, try again");
        }
        PatientMerge merge = merges.save(realm, new PatientMerge(null, realm.getId(), survivor.id(), merged.id(), survivor, merged,
                moved, movedInvitations, survivorAfter.version(), actor.userId(), null, null, null));
        tellTheSurvivorsOwnAccount(survivorAfter, moved);
        return merge;
    }

    /**
     * Every account that now acts for the survivor through the merge is a grant change like any other:
     * the patient's own account is told (a family's dependent merged into a person's record gives
     * that family access to them).
     */
    private void tellTheSurvivorsOwnAccount(PatientRecord survivor, GrantMove moved) {
        AccessChangeNotifier notifier = new AccessChangeNotifier(session, realm);
        moved.moved().forEach(grantId -> grants.findById(realm, grantId).ifPresent(grant -> notifier.granted(survivor, grant)));
    }

    /**
     * Puts both records, the moved grants and invitations back, unless something changed since the
     * merge that the undo would silently revert: the survivor (its version), the merged record, a
     * moved grant ended since, or the survivor grant of an account whose duplicate grant the merge
     * ended (undoing would give that account back access staff have ended). The grants move back,
     * so Keycloak's permission for each of their accounts is needed. A queued registration merged
     * away by this merge waits for staff again: its account acts for its provisional record once more.
     */
    public UndoneMerge undo(String mergeId, Actor actor) {
        PatientMerge merge = merges.findById(realm, mergeId).orElseThrow(() -> new UnknownIdException("Merge not found"));
        if (merge.undoneAt() != null) {
            throw new ConflictException("this merge has already been undone");
        }
        actor.requireMayChangeAccessOf(session, realm, accountsOf(merge.grants()));
        List<UndoRefusedException.Change> changes = changesSince(merge);
        if (!changes.isEmpty()) {
            throw new UndoRefusedException(changes);
        }
        // Claimed before anything is put back: of two undos at the same moment, one goes on.
        if (!merges.markUndone(realm, mergeId, actor.userId())) {
            throw new ConflictException("this merge has already been undone");
        }
        try {
            grants.undoMove(realm, merge.survivorId(), merge.mergedId(), merge.grants());
            invitations.moveBack(realm, merge.invitations(), merge.mergedId());
            // The survivor first: it gives back an external id it may have taken from the merged record.
            patients.restore(realm, merge.survivorBefore());
            patients.restore(realm, merge.mergedBefore());
        } catch (ConflictException e) {
            // The request's transaction rolls back whole, the claim above included.
            throw new ConcurrentChangeException(e.getMessage() + "; nothing was undone, try again");
        }
        return new UndoneMerge(merge, registrations.reopenMerged(realm, merge.mergedId()).orElse(null));
    }

    /** Whether {@link #undo} would put this merge back now: not undone yet, and nothing changed since. */
    public boolean canUndo(PatientMerge merge) {
        return merge.undoneAt() == null && changesSince(merge).isEmpty();
    }

    private List<String> accountsOf(GrantMove move) {
        return Stream.concat(move.moved().stream(), move.ended().stream())
                .map(id -> grants.findById(realm, id))
                .flatMap(Optional::stream)
                .map(AccessGrant::userId)
                .distinct()
                .toList();
    }

    private List<UndoRefusedException.Change> changesSince(PatientMerge merge) {
        List<UndoRefusedException.Change> changes = new ArrayList<>();
        Optional<PatientRecord> survivor = patients.findById(realm, merge.survivorId());
        if (merge.survivorVersionAfter() == null) {
            changes.add(new UndoRefusedException.Change("survivor", "the merge was recorded before survivor versions were kept,"
                    + " so changes to the survivor " + merge.survivorId() + " since cannot be ruled out", merge.survivorId()));
        } else if (survivor.isEmpty() || survivor.get().version() != merge.survivorVersionAfter()) {
            changes.add(new UndoRefusedException.Change("survivor",
                    "the survivor " + merge.survivorId() + " was changed since the merge; undo those changes first", merge.survivorId()));
        }
        Optional<PatientRecord> merged = patients.findById(realm, merge.mergedId());
        if (merged.isEmpty() || merged.get().status() != PatientStatus.MERGED || !merge.survivorId().equals(merged.get().mergedInto())) {
            changes.add(new UndoRefusedException.Change("mergedId",
                    "the merged record " + merge.mergedId() + " was changed since the merge", merge.mergedId()));
        }
        for (String id : merge.grants().moved()) {
            grants.findById(realm, id)
                    .filter(grant -> grant.revokedAt() != null || !grant.patientId().equals(merge.survivorId()))
                    .ifPresent(grant -> changes.add(new UndoRefusedException.Change("grants",
                            "the grant " + id + " that the merge moved to the survivor was ended or moved since", id)));
        }
        if (!merge.grants().ended().isEmpty()) {
            Set<String> holders = new HashSet<>();
            grants.findByPatient(realm, merge.survivorId(), false).forEach(grant -> holders.add(grant.userId()));
            for (String id : merge.grants().ended()) {
                grants.findById(realm, id)
                        .filter(grant -> !holders.contains(grant.userId()))
                        .ifPresent(grant -> changes.add(new UndoRefusedException.Change("grants",
                                "the grant " + id + " was ended by the merge as a duplicate, and its account's access to the survivor"
                                        + " was ended since; undoing would give that access back", id)));
            }
        }
        return changes;
    }

    private PatientRecord active(String id, String field) {
        PatientRecord record = patients.findById(realm, id)
                .orElseThrow(() -> new InvalidInputException(field, "no such patient in this realm"));
        try {
            return record.requireActive();
        } catch (RecordStateException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** The survivor's details after the merge, and who put its email there. */
    record Combined(PatientDetails details, EmailSource emailSource) {
    }

    static Combined combine(PatientRecord survivor, PatientRecord merged, Set<String> take) {
        PatientDetails kept = survivor.details();
        PatientDetails other = merged.details();
        PatientDetails details = new PatientDetails(
                pick("externalId", kept.externalId(), other.externalId(), take),
                pick("firstName", kept.firstName(), other.firstName(), take),
                pick("lastName", kept.lastName(), other.lastName(), take),
                pick("birthDate", kept.birthDate(), other.birthDate(), take),
                kept.email(),
                pick("phone", kept.phone(), other.phone(), take));
        if (take.contains("email") && other.email() != null) {
            // Staff chose it: from now on it is the clinic's.
            return new Combined(details.withEmail(other.email()), EmailSource.CLINIC);
        }
        if (kept.email() == null && merged.hasProvingEmail()) {
            return new Combined(details.withEmail(other.email()), merged.emailSource());
        }
        return new Combined(details, survivor.emailSource());
    }

    private static <T> T pick(String field, T survivor, T merged, Set<String> take) {
        if (take.contains(field) && merged != null) {
            return merged;
        }
        return survivor != null ? survivor : merged;
    }
}
