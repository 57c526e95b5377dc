package org.patientaccess.keycloak.core;

import java.time.Instant;
import java.util.Locale;

/**
 * A clinic's profile of one person, as read from the store.
 *
 * @param emailSource who put the email there; null when there is none
 * @param version the record's optimistic-lock version: every write moves it on, so staff edits can
 *                be made conditional on it (ETag / If-Match) and an undo can tell a record changed
 */
public record PatientRecord(
        String id,
        String realmId,
        PatientDetails details,
        PatientStatus status,
        String mergedInto,
        PatientSource source,
        EmailSource emailSource,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** Whether the record's email may prove who someone is (see {@link EmailSource#proves()}). */
    public boolean hasProvingEmail() {
        return details.email() != null && emailSource != null && emailSource.proves();
    }

    /**
     * The details that count as evidence when matching: an email someone acting for the patient
     * typed is left out, so that a family cannot make a stranger's address theirs.
     */
    public PatientDetails evidence() {
        return details.email() == null || hasProvingEmail() ? details : details.withEmail(null);
    }

    /**
     * Refuses any change to a merged record, naming the survivor, whose grants and data it now is: a
     * merged record is final (only undoing its merge brings it back).
     */
    public PatientRecord requireEditable() {
        if (status == PatientStatus.MERGED) {
            throw RecordStateException.mergedInto(mergedInto);
        }
        return this;
    }

    /** Refuses anything but an ACTIVE record: grants, invitations and merges need one. */
    public PatientRecord requireActive() {
        requireEditable();
        if (status != PatientStatus.ACTIVE) {
            throw new RecordStateException("the patient is " + status.name().toLowerCase(Locale.ROOT) + "; restore it first");
        }
        return this;
    }
}
