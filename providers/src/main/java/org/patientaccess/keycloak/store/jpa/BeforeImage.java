package org.patientaccess.keycloak.store.jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.keycloak.util.JsonSerialization;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.GrantMove;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientMerge;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;

/**
 * A merge's before-image as stored: both records as they were and what moved, in JSON of a shape of
 * its own, so that no change to the API's shapes can break the undo of a stored merge.
 *
 * <p>{@code format} 2 keeps who put each record's email there. Format 1 (no {@code format}) is what
 * merges stored before: the same record fields, without the email's source, which is then read as
 * the clinic's on the clinic's records and as unproven on records made online.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record BeforeImage(Integer format, StoredRecord survivorRecord, StoredRecord mergedRecord,
                   List<String> movedGrants, List<String> endedGrants, List<String> movedInvitations) {

    static final int FORMAT = 2;

    /** A record as it was, each value as text (ISO dates and instants). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoredRecord(String id, String externalId, String firstName, String lastName, String birthDate, String email, String phone,
                        String status, String mergedInto, String source, String emailSource, String createdAt, String updatedAt,
                        Integer version) {

        static StoredRecord of(PatientRecord record) {
            PatientDetails details = record.details();
            return new StoredRecord(record.id(), details.externalId(), details.firstName(), details.lastName(),
                    details.birthDate() == null ? null : details.birthDate().toString(), details.email(), details.phone(),
                    record.status().name(), record.mergedInto(), record.source().name(),
                    record.emailSource() == null ? null : record.emailSource().name(),
                    record.createdAt().toString(), record.updatedAt().toString(), record.version());
        }

        PatientRecord toRecord() {
            PatientSource madeBy = PatientSource.valueOf(source);
            return new PatientRecord(id, null,
                    new PatientDetails(externalId, firstName, lastName, birthDate == null ? null : LocalDate.parse(birthDate), email, phone),
                    PatientStatus.valueOf(status), mergedInto, madeBy, emailSource(madeBy),
                    Instant.parse(createdAt), Instant.parse(updatedAt),
                    // Format 1 images written before versions were shown carry none; nothing reads it back.
                    version == null ? 0 : version);
        }

        private EmailSource emailSource(PatientSource madeBy) {
            if (email == null) {
                return null;
            }
            if (emailSource != null) {
                return EmailSource.valueOf(emailSource);
            }
            return madeBy == PatientSource.ONLINE ? EmailSource.DELEGATE : EmailSource.CLINIC;
        }
    }

    static String write(PatientMerge merge) {
        try {
            return JsonSerialization.writeValueAsString(new BeforeImage(FORMAT,
                    StoredRecord.of(merge.survivorBefore()), StoredRecord.of(merge.mergedBefore()),
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
        return survivorRecord.toRecord();
    }

    PatientRecord merged() {
        return mergedRecord.toRecord();
    }

    GrantMove grants() {
        return new GrantMove(movedGrants, endedGrants);
    }

    List<String> invitations() {
        return movedInvitations;
    }
}
