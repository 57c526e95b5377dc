package org.patientaccess.keycloak.store.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.GrantMove;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientMerge;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;

class BeforeImageTest {

    /** A before-image as merges stored it before it had a shape of its own: the API's patient representation, no format. */
    private static final String FORMAT_1 = """
            {"survivorRecord":{"id":"s","externalId":"RP-1","firstName":"Sofia","lastName":"Garcia","birthDate":"2014-03-09",
             "email":"old@family.test","status":"ACTIVE","source":"IMPORT","createdAt":"2026-11-27T10:00:00Z",
             "updatedAt":"2026-11-28T10:00:00Z","version":3},
             "mergedRecord":{"id":"m","firstName":"Sophie","lastName":"Garcia","birthDate":"2014-03-09","email":"typed@family.test",
             "phone":"+14165550134","status":"ACTIVE","source":"ONLINE","createdAt":"2026-11-27T11:00:00Z",
             "updatedAt":"2026-11-27T11:00:00Z","version":0},
             "movedGrants":["g1"],"endedGrants":["g2"],"movedInvitations":["i1"]}""";

    @Test
    void aBeforeImageStoredBeforeItHadAShapeOfItsOwnIsReadAsItWasAndItsEmailsAsTheirSourceSays() {
        BeforeImage image = BeforeImage.read(FORMAT_1);

        assertThat(image.survivor().details()).isEqualTo(
                new PatientDetails("RP-1", "Sofia", "Garcia", LocalDate.of(2014, 3, 9), "old@family.test", null));
        assertThat(image.survivor().version()).isEqualTo(3);
        assertThat(image.survivor().emailSource()).as("the clinic's record").isEqualTo(EmailSource.CLINIC);
        assertThat(image.merged().emailSource()).as("a record made online proves nothing by its email").isEqualTo(EmailSource.DELEGATE);
        assertThat(image.grants()).isEqualTo(new GrantMove(List.of("g1"), List.of("g2")));
        assertThat(image.invitations()).containsExactly("i1");
    }

    @Test
    void aBeforeImageIsWrittenInItsOwnVersionedShapeAndReadBackWhole() {
        PatientRecord survivor = new PatientRecord("s", "realm", new PatientDetails("RP-1", "Sofia", "Garcia", LocalDate.of(2014, 3, 9),
                "old@family.test", null), PatientStatus.ACTIVE, null, PatientSource.ADMIN, EmailSource.PATIENT,
                Instant.parse("2026-11-27T10:00:00Z"), Instant.parse("2026-11-28T10:00:00Z"), 3);
        PatientRecord merged = new PatientRecord("m", "realm", new PatientDetails(null, "Sophie", "Garcia", null, null, null),
                PatientStatus.ACTIVE, null, PatientSource.ONLINE, null, Instant.parse("2026-11-27T11:00:00Z"),
                Instant.parse("2026-11-27T11:00:00Z"), 0);
        String json = BeforeImage.write(new PatientMerge(null, "realm", "s", "m", survivor, merged, new GrantMove(List.of("g1"), List.of()),
                List.of(), 4, "staff", null, null, null));

        assertThat(json).contains("\"format\":" + BeforeImage.FORMAT);
        BeforeImage image = BeforeImage.read(json);
        assertThat(image.survivor()).isEqualTo(withoutRealm(survivor));
        assertThat(image.merged()).isEqualTo(withoutRealm(merged));
    }

    private static PatientRecord withoutRealm(PatientRecord record) {
        return new PatientRecord(record.id(), null, record.details(), record.status(), record.mergedInto(), record.source(),
                record.emailSource(), record.createdAt(), record.updatedAt(), record.version());
    }
}
