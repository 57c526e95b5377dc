package org.patientaccess.keycloak.rest.admin;

import java.util.List;
import java.util.Set;

import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.core.MergeRefusedException;
import org.patientaccess.keycloak.merges.PatientMerger;
import org.patientaccess.keycloak.merges.UndoneMerge;
import org.patientaccess.keycloak.core.PatientMerge;

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

    /**
     * A merge (CREATE) changes both records: one admin event on each, under
     * {@code patient-access/patients/{id}/merges/{mergeId}}, so that each record's history finds it.
     */
    static void audit(AdminEventBuilder adminEvent, PatientMerge merge) {
        audit(adminEvent, merge, OperationType.CREATE, null);
    }

    /** Its undo (ACTION, under {@code …/merges/{mergeId}/undo}) likewise, naming the registration it put back in the queue. */
    static void auditUndo(AdminEventBuilder adminEvent, UndoneMerge undone) {
        audit(adminEvent, undone.merge(), OperationType.ACTION, undone.reopenedRegistrationId());
    }

    private static void audit(AdminEventBuilder adminEvent, PatientMerge merge, OperationType operation, String reopenedRegistrationId) {
        audit(adminEvent, merge, operation, merge.survivorId(), merge.mergedId(), PatientEvents.SURVIVOR, reopenedRegistrationId);
        audit(adminEvent, merge, operation, merge.mergedId(), merge.survivorId(), PatientEvents.MERGED, reopenedRegistrationId);
    }

    private static void audit(AdminEventBuilder adminEvent, PatientMerge merge, OperationType operation,
                              String patientId, String otherPatientId, String role, String reopenedRegistrationId) {
        String path = operation == OperationType.CREATE
                ? PatientEvents.path(patientId, "merges", merge.id())
                : PatientEvents.path(patientId, "merges", merge.id(), "undo");
        AdminEvents.fresh(adminEvent).resource(MergesResource.RESOURCE_TYPE).operation(operation).resourcePath(path)
                .detail(PatientEvents.OTHER_PATIENT_ID, otherPatientId)
                .detail(PatientEvents.ROLE, role)
                .detail(PatientEvents.REOPENED_REGISTRATION_ID, reopenedRegistrationId)
                .success();
    }
}
