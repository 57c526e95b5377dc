package org.patientaccess.keycloak.model;

import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/** The history of merges, one realm at a time: what each merge changed, for audit and undo. */
public interface PatientMergeProvider extends Provider {

    /** Keeps a merge done in this transaction. */
    PatientMerge save(RealmModel realm, PatientMerge merge);

    Optional<PatientMerge> findById(RealmModel realm, String id);

    /**
     * Marks a merge undone, claiming it in one conditional update so that of two undos at the same
     * moment only one goes on; false when it already was undone.
     */
    boolean markUndone(RealmModel realm, String id, String undoneBy);

    /** Removes the merge history of a realm that is being deleted. */
    void removeAll(RealmModel realm);
}
