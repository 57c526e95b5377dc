package org.patientaccess.keycloak.store.jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.keycloak.util.JsonSerialization;
import org.patientaccess.keycloak.store.AccessGrantStore.GrantMove;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientMerge;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.rest.representation.PatientRepresentation;

/** A merge's before-image as stored: both records as they were and what moved, in JSON. */
record BeforeImage(PatientRepresentation survivorRecord, PatientRepresentation mergedRecord,
                   List<String> movedGrants, List<String> endedGrants, List<String> movedInvitations) {

    static String write(PatientMerge merge) {
        try {
            return JsonSerialization.writeValueAsString(new BeforeImage(
                    PatientRepresentation.of(merge.survivorBefore()), PatientRepresentation.of(merge.mergedBefore()),
                    merge.grants().moved(), merge.grants().ended(), merge.invitations()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BeforeImage read(String json) {
        try {
            return JsonSerialization.readValue(json, BeforeImage.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PatientRecord survivor() {
        return record(survivorRecord);
    }

    PatientRecord merged() {
        return record(mergedRecord);
    }

    GrantMove grants() {
        return new GrantMove(movedGrants, endedGrants);
    }

    List<String> invitations() {
        return movedInvitations;
    }

    private static PatientRecord record(PatientRepresentation rep) {
        return new PatientRecord(rep.getId(), null,
                new PatientDetails(rep.getExternalId(), rep.getFirstName(), rep.getLastName(),
                        rep.getBirthDate() == null ? null : LocalDate.parse(rep.getBirthDate()), rep.getEmail(), rep.getPhone()),
                PatientStatus.valueOf(rep.getStatus()), rep.getMergedInto(), PatientSource.valueOf(rep.getSource()),
                Instant.parse(rep.getCreatedAt()), Instant.parse(rep.getUpdatedAt()),
                // Before-images written before versions were shown carry none; nothing reads it back.
                rep.getVersion() == null ? 0 : rep.getVersion());
    }
}
