package org.patientaccess.keycloak.rest.admin;

import org.keycloak.events.admin.OperationType;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.patientaccess.keycloak.core.PatientMerge;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.merges.UndoneMerge;

/** A merge and its undo in the admin events, where each record's history finds them. */
final class MergeEvents {

    private MergeEvents() {
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
