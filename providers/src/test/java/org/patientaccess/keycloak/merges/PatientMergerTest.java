package org.patientaccess.keycloak.merges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.PatientDetails;

class PatientMergerTest {

    private final PatientDetails survivor =
            new PatientDetails("RP-1", "Sofia", "Garcia", LocalDate.of(2014, 3, 9), "old@family.test", null);
    private final PatientDetails merged =
            new PatientDetails(null, "Sophie", "Garcia", LocalDate.of(2014, 3, 9), "new@family.test", "+14165550134");

    @Test
    void theSurvivorKeepsItsValuesByDefaultAndNothingIsLost() {
        assertThat(PatientMerger.combine(survivor, merged, Set.of())).isEqualTo(
                new PatientDetails("RP-1", "Sofia", "Garcia", LocalDate.of(2014, 3, 9), "old@family.test", "+14165550134"));
    }

    @Test
    void takenFieldsComeFromTheMergedRecordUnlessItHasNone() {
        assertThat(PatientMerger.combine(survivor, merged, Set.of("email", "firstName", "externalId"))).isEqualTo(
                new PatientDetails("RP-1", "Sophie", "Garcia", LocalDate.of(2014, 3, 9), "new@family.test", "+14165550134"));
    }
}
