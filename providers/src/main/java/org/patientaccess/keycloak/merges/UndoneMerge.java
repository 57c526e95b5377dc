package org.patientaccess.keycloak.merges;

import org.patientaccess.keycloak.core.PatientMerge;

/**
 * A merge put back by {@link PatientMerger#undo}.
 *
 * @param reopenedRegistrationId the queued registration the merge had decided, pending again; null
 *                               when the merge came from no registration
 */
public record UndoneMerge(PatientMerge merge, String reopenedRegistrationId) {
}
