package org.patientaccess.keycloak.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.FieldError;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.validation.PatientValidator;

class PatientImporterTest {

    private final PatientDetails stored =
            new PatientDetails("RP-1", "Ana", "Li", LocalDate.of(2000, 1, 1), "ana@example.com", "+14165550134");

    @Test
    void aContactTheFileGaveUnreadablyKeepsTheStoredValue() {
        PatientValidator.Result imported = new PatientValidator.Result(
                new PatientDetails("RP-1", "Ana", "Lee", LocalDate.of(2000, 1, 1), "ana@example.com", null),
                List.of(), List.of(new FieldError("phone", "phone is not a valid phone number (default region US); not imported")));

        assertThat(PatientImporter.keepingStoredUnreadable(imported, stored)).isEqualTo(
                new PatientDetails("RP-1", "Ana", "Lee", LocalDate.of(2000, 1, 1), "ana@example.com", "+14165550134"));
    }

    @Test
    void aContactTheFileLeftEmptyIsCleared() {
        PatientValidator.Result imported = new PatientValidator.Result(
                new PatientDetails("RP-1", "Ana", "Li", LocalDate.of(2000, 1, 1), null, null), List.of(), List.of());

        assertThat(PatientImporter.keepingStoredUnreadable(imported, stored)).isEqualTo(imported.details());
    }

    @Test
    void aChangeNamesTheFieldsTheImportChangedNeverTheirValues() {
        PatientRecord current = onFile(EmailSource.CLINIC);

        assertThat(PatientImporter.changedFields(current,
                new PatientDetails("RP-1", "Ana", "Lee", LocalDate.of(2000, 1, 2), "ana@example.com", null), EmailSource.CLINIC))
                .containsExactly("lastName", "birthDate", "phone");
    }

    @Test
    void anEmailThatStaysButBecomesTheClinicsIsAChangedEmail() {
        assertThat(PatientImporter.changedFields(onFile(EmailSource.DELEGATE), stored, EmailSource.CLINIC)).containsExactly("email");
    }

    private PatientRecord onFile(EmailSource emailSource) {
        return new PatientRecord("p1", "realm", stored, PatientStatus.ACTIVE, null, PatientSource.IMPORT, emailSource,
                Instant.EPOCH, Instant.EPOCH, 1);
    }
}
