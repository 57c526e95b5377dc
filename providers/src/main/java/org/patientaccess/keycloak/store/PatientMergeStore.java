package org.patientaccess.keycloak.store;

import java.util.List;
import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.PatientMerge;

/** The history of merges, one realm at a time: what each merge changed, for audit and undo. */
public interface PatientMergeStore {

    /** Keeps a merge done in this transaction. */
    PatientMerge save(RealmModel realm, PatientMerge merge);

    Optional<PatientMerge> findById(RealmModel realm, String id);

    /** The realm's merges, newest first (undone ones too). */
    List<PatientMerge> list(RealmModel realm, int first, int max);

    /** The merges a record took part in, as survivor or as the record merged away. */
    List<PatientMerge> findByPatient(RealmModel realm, String patientId);

    /**
     * Marks a merge undone, claiming it in one conditional update so that of two undos at the same
     * moment only one goes on; false when it already was undone.
     */
    boolean markUndone(RealmModel realm, String id, String undoneBy);

}
