package org.patientaccess.keycloak.tokens;

import java.util.List;
import java.util.Optional;

import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.AccessiblePatient;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.records.PatientRecords;

/**
 * The patient chosen at login, kept as a note of the client session (so it lasts as long as the
 * client's tokens do, and each client has its own), checked against the grants every time a token is
 * made from it.
 */
public final class SelectedPatient {

    /** Client-session note: the record id chosen on the picker. */
    public static final String NOTE = "patient-access.selected-patient";

    private SelectedPatient() {
    }

    /** What a client session's selection stands for now. */
    public sealed interface Binding {
    }

    /** The client did not ask for a patient, or the user had none to choose. */
    public record Unbound() implements Binding {
    }

    /** The user may still act for this record (the survivor, when the chosen one was merged). */
    public record Current(String patientId) implements Binding {
    }

    /** The grant that allowed the choice has ended: the session may no longer speak for the patient. */
    public record Ended() implements Binding {
    }

    /** The selection of a client session whose scopes hold the selected-patient mapper. */
    public static Binding of(KeycloakSession session, RealmModel realm, UserModel user, AuthenticatedClientSessionModel clientSession) {
        String chosen = clientSession == null ? null : clientSession.getNote(NOTE);
        if (chosen == null || chosen.isEmpty()) {
            return new Unbound();
        }
        List<AccessiblePatient> accessible = AccessiblePatients.of(session, realm, user);
        if (holds(accessible, chosen)) {
            return new Current(chosen);
        }
        // Rare: the chosen record was merged since (its grants moved to the survivor), or access ended.
        return survivorOf(session, realm, chosen)
                .filter(survivor -> holds(accessible, survivor))
                .<Binding>map(Current::new)
                .orElseGet(Ended::new);
    }

    private static boolean holds(List<AccessiblePatient> accessible, String patientId) {
        return accessible.stream().anyMatch(patient -> patient.patientId().equals(patientId));
    }

    /** The record that absorbed this one, if it was merged into one that is active. */
    private static Optional<String> survivorOf(KeycloakSession session, RealmModel realm, String patientId) {
        return new PatientRecords(session, realm).findCurrent(patientId)
                .filter(found -> !found.id().equals(patientId) && found.status() == PatientStatus.ACTIVE)
                .map(PatientRecord::id);
    }
}
