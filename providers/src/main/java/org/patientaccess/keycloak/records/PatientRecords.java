package org.patientaccess.keycloak.records;

import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.core.RecordStateException;
import org.patientaccess.keycloak.core.StaleVersionException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.ConcurrentChangeException;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.store.PatientRecordStore;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.InvalidInputException;

/**
 * The rules of a record's life, in one place: staff edit, archive and restore (ACTIVE ↔ ARCHIVED
 * only); a MERGED record is final (only undoing its merge brings it back, see {@code merge.PatientMerger}),
 * so every change to it is refused naming the survivor; grants, invitations and merges need an
 * ACTIVE record.
 */
public final class PatientRecords {

    private final RealmModel realm;
    private final PatientRecordStore patients;

    public PatientRecords(KeycloakSession session, RealmModel realm) {
        this.realm = realm;
        this.patients = session.getProvider(PatientAccessStore.class).records();
    }

    /** Refuses anything but an ACTIVE record: an archived one must be restored, a merged one names its survivor. */
    public static void requireActive(PatientRecord record) {
        requireEditable(record);
        if (record.status() != PatientStatus.ACTIVE) {
            throw new RecordStateException("the patient is " + record.status().name().toLowerCase(Locale.ROOT) + "; restore it first", null);
        }
    }

    /**
     * Replaces the editable fields and, when {@code status} is given, archives or restores the record.
     * With {@code expectedVersions} (a conditional edit, If-Match), the record must still have one of
     * those versions, up to the moment it is written. Empty when no such record exists in the realm.
     */
    public Optional<PatientRecord> edit(String id, PatientDetails details, PatientStatus status, Set<Integer> expectedVersions) {
        Optional<PatientRecord> found = patients.findById(realm, id);
        if (found.isEmpty()) {
            return found;
        }
        PatientRecord record = found.get();
        requireEditable(record);
        if (status == PatientStatus.MERGED) {
            throw new InvalidInputException("status", "status can be set to ACTIVE or ARCHIVED; a record becomes MERGED only by a merge");
        }
        if (expectedVersions != null && !expectedVersions.contains(record.version())) {
            throw new StaleVersionException("the patient has changed since (it is at version " + record.version() + "); read it again");
        }
        try {
            return patients.save(realm, id, expectedVersions == null ? null : record.version(), details, status);
        } catch (ConcurrentChangeException e) {
            if (expectedVersions != null) {
                throw new StaleVersionException("the patient was changed by another request meanwhile; read it again");
            }
            throw e;
        }
    }

    /** Archives the record (health records are kept); archiving an archived record changes nothing. */
    public Optional<PatientRecord> archive(String id) {
        Optional<PatientRecord> found = patients.findById(realm, id);
        if (found.isEmpty() || found.get().status() == PatientStatus.ARCHIVED) {
            return found;
        }
        requireEditable(found.get());
        return patients.save(realm, id, null, null, PatientStatus.ARCHIVED);
    }

    /** Refuses any change to a merged record, naming the survivor, whose grants and data it now is. */
    public static void requireEditable(PatientRecord record) {
        if (record.status() == PatientStatus.MERGED) {
            throw new RecordStateException("the patient was merged into " + record.mergedInto() + "; change that record instead",
                    record.mergedInto());
        }
    }
}
