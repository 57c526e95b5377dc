package org.patientaccess.keycloak.resource.admin;

import java.util.List;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.merge.MergeRefusedException;
import org.patientaccess.keycloak.merge.PatientMerger;
import org.patientaccess.keycloak.model.PatientMerge;

/** A merge asked for over HTTP: refusals become 400 naming the field, or 409 for the records' state. */
final class Merging {

    private Merging() {
    }

    static PatientMerge merge(KeycloakSession session, RealmModel realm, String survivorId, String mergedId,
                              List<String> take, String actorId) {
        try {
            return new PatientMerger(session, realm).merge(survivorId, mergedId, take == null ? Set.of() : Set.copyOf(take), actorId);
        } catch (MergeRefusedException e) {
            throw e.field() == null ? ApiErrors.conflict(e.getMessage()) : ApiErrors.badRequest(e.field(), e.getMessage());
        }
    }
}
