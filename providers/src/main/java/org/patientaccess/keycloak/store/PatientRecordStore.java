package org.patientaccess.keycloak.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.ConcurrentChangeException;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSearch;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;

/**
 * The store of patient records, one realm at a time. Every method is scoped to the realm it is
 * given: an id of another realm is simply not found.
 */
public interface PatientRecordStore {

    /** A new ACTIVE record; {@code emailSource} says who put its email there (null when it has none). */
    PatientRecord create(RealmModel realm, PatientDetails details, PatientSource source, EmailSource emailSource);

    Optional<PatientRecord> findById(RealmModel realm, String id);

    /** The record as it stands now: following merges to the survivor, or the record itself. */
    default Optional<PatientRecord> findCurrent(RealmModel realm, String id) {
        Optional<PatientRecord> record = findById(realm, id);
        for (int hops = 0; hops < 10 && record.isPresent() && record.get().status() == PatientStatus.MERGED
                && record.get().mergedInto() != null; hops++) {
            Optional<PatientRecord> survivor = findById(realm, record.get().mergedInto());
            if (survivor.isEmpty()) {
                break;
            }
            record = survivor;
        }
        return record;
    }

    /** The records with these ids in the realm, keyed by id, in one query. */
    Map<String, PatientRecord> findByIds(RealmModel realm, Collection<String> ids);

    Optional<PatientRecord> findByExternalId(RealmModel realm, String externalId);

    /** The records holding these external ids, keyed by external id. */
    Map<String, PatientRecord> findByExternalIds(RealmModel realm, Collection<String> externalIds);

    /**
     * Writes this request's pending record changes now (an import's, say), so that a clash with
     * another request (the same new external id, a record changed meanwhile) is a
     * {@link ConcurrentChangeException} inside the request, not a failed commit.
     */
    void writePending(String onConflict);

    /** Replaces the editable fields; empty when no such record exists in the realm. */
    Optional<PatientRecord> update(RealmModel realm, String id, PatientDetails details, EmailSource emailSource);

    /**
     * Folds a record into a survivor: MERGED, {@code mergedInto}, its external id given up. Throws
     * {@link ConcurrentChangeException} when another request changed the record meanwhile.
     */
    Optional<PatientRecord> markMerged(RealmModel realm, String id, String survivorId);

    /**
     * Puts a record back exactly as a before-image shows it (undoing a merge), written at once; throws
     * {@link ConcurrentChangeException} when another request changed the record meanwhile.
     */
    void restore(RealmModel realm, PatientRecord before);

    /**
     * Replaces the editable fields and who put the email there (unless {@code details} is null) and the status (unless
     * {@code status} is null) and writes them at once, so that a lost race is known here rather than
     * at commit. Throws {@link ConcurrentChangeException} when {@code expectedVersion} is given and is
     * not the record's version, or when another request changed the record meanwhile (its optimistic
     * lock). Empty when no such record exists in the realm. Status rules are the caller's
     * ({@code records.PatientRecords}).
     */
    Optional<PatientRecord> save(RealmModel realm, String id, Integer expectedVersion, PatientDetails details, EmailSource emailSource,
                                 PatientStatus status);

    List<PatientRecord> search(RealmModel realm, PatientSearch search);

    /**
     * The active records that could be the person described, found through indexed blocking keys
     * only (sounds-alike names with the birth date, one of its slips or the same day a year off; the
     * birth date alone; its slips alone; a sounds-alike given name with the birth year; the exact names; the
     * email; the phone), at most {@code perBlock} from each.
     */
    List<PatientRecord> findMatchCandidates(RealmModel realm, PatientDetails query, int perBlock);

    long count(RealmModel realm, PatientSearch search);

    /** How many active records carry this email from a source that proves (the clinic, the patient), up to {@code limit}. */
    long countWithProvingEmail(RealmModel realm, String email, int limit);

    /**
     * Locks the record's row until the transaction ends (SELECT ... FOR UPDATE), so that requests
     * which count what the record has before adding to it, on one node or two, count one after the
     * other. False when no such record exists in the realm.
     */
    boolean lockForCounting(RealmModel realm, String id);

}
