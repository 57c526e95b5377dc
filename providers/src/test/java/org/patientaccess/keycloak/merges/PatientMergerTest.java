package org.patientaccess.keycloak.merges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;

class PatientMergerTest {

    private final PatientRecord survivor = record(PatientSource.ADMIN,
            new PatientDetails("RP-1", "Sofia", "Garcia", LocalDate.of(2014, 3, 9), "old@family.test", null), EmailSource.CLINIC);
    private final PatientRecord merged = record(PatientSource.ONLINE,
            new PatientDetails(null, "Sophie", "Garcia", LocalDate.of(2014, 3, 9), "new@family.test", "+14165550134"), EmailSource.PATIENT);

    @Test
    void theSurvivorKeepsItsValuesByDefaultAndNothingIsLost() {
        assertThat(PatientMerger.combine(survivor, merged, Set.of())).isEqualTo(new PatientMerger.Combined(
                new PatientDetails("RP-1", "Sofia", "Garcia", LocalDate.of(2014, 3, 9), "old@family.test", "+14165550134"), EmailSource.CLINIC));
    }

    @Test
    void takenFieldsComeFromTheMergedRecordUnlessItHasNoneAndATakenEmailIsTheClinics() {
        assertThat(PatientMerger.combine(survivor, merged, Set.of("email", "firstName", "externalId"))).isEqualTo(new PatientMerger.Combined(
                new PatientDetails("RP-1", "Sophie", "Garcia", LocalDate.of(2014, 3, 9), "new@family.test", "+14165550134"), EmailSource.CLINIC));
    }

    @Test
    void anEmptyEmailIsFilledWithTheMergedRecordsOnlyWhenItProvesSomething() {
        PatientRecord withoutEmail = record(PatientSource.ADMIN, survivor.details().withEmail(null), null);
        PatientRecord typedByAFamily = record(PatientSource.ONLINE, merged.details(), EmailSource.DELEGATE);

        assertThat(PatientMerger.combine(withoutEmail, merged, Set.of()).details().email()).isEqualTo("new@family.test");
        assertThat(PatientMerger.combine(withoutEmail, merged, Set.of()).emailSource()).isEqualTo(EmailSource.PATIENT);
        assertThat(PatientMerger.combine(withoutEmail, typedByAFamily, Set.of()).details().email()).isNull();
        assertThat(PatientMerger.combine(withoutEmail, typedByAFamily, Set.of("email")).emailSource()).isEqualTo(EmailSource.CLINIC);
    }

    private static PatientRecord record(PatientSource source, PatientDetails details, EmailSource emailSource) {
        return new PatientRecord("id", "realm", details, PatientStatus.ACTIVE, null, source, emailSource, Instant.EPOCH, Instant.EPOCH, 1);
    }
}
