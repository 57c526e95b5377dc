package org.patientaccess.keycloak.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FamilyEntriesTest {

    /** The reader is "me"; "staff" is the clinic's; "dad" is another account named Carlos Garcia. */
    private static final FamilyEntries.Naming NAMING = new FamilyEntries.Naming() {
        @Override
        public FamilyEntries.Who actor(HistoryEntry.Actor actor) {
            return account(actor.userId());
        }

        @Override
        public FamilyEntries.Who account(String userId) {
            return switch (userId) {
                case "me" -> FamilyEntries.Who.YOU;
                case "staff" -> FamilyEntries.Who.CLINIC;
                default -> FamilyEntries.Who.account("Carlos Garcia");
            };
        }
    };

    @Test
    void aGrantStaffGaveSaysTheClinicGaveItAndToWhomByNameWithoutAnyId() {
        FamilyEntries.Entry entry = FamilyEntries.of(new HistoryEntry(Instant.ofEpochMilli(1_000), "GRANT_GIVEN", new HistoryEntry.Actor("realm", "staff"),
                Map.of("grantId", "g1", "accountId", "dad", "relationship", "PARENT")), NAMING);

        assertThat(entry.action()).isEqualTo("GRANT_GIVEN");
        assertThat(entry.actor()).isEqualTo(FamilyEntries.Who.CLINIC);
        assertThat(entry.subject()).isEqualTo(FamilyEntries.Who.account("Carlos Garcia"));
        assertThat(entry.details()).containsExactlyEntriesOf(Map.of("relationship", "PARENT"));
        assertThat(entry.time()).isEqualTo(Instant.ofEpochMilli(1_000));
    }

    @Test
    void theClinicsRulesActingForNobodyAreTheClinic() {
        FamilyEntries.Entry entry = FamilyEntries.of(new HistoryEntry(Instant.EPOCH, "GRANT_ENDED", null,
                Map.of("grantId", "g1", "accountId", "me", "reason", "CAME_OF_AGE")), NAMING);

        assertThat(entry.actor()).isEqualTo(FamilyEntries.Who.CLINIC);
        assertThat(entry.subject()).isEqualTo(FamilyEntries.Who.YOU);
        assertThat(entry.details()).containsExactlyEntriesOf(Map.of("reason", "CAME_OF_AGE"));
    }

    @Test
    void noIdOfARecordAnInvitationAMergeOrARegistrationReachesAFamily() {
        FamilyEntries.Entry merged = FamilyEntries.of(new HistoryEntry(Instant.EPOCH, "MERGED", new HistoryEntry.Actor("realm", "staff"),
                Map.of("mergeId", "m1", "otherPatientId", "p2", "role", "SURVIVOR", "registrationId", "r1")), NAMING);
        FamilyEntries.Entry accepted = FamilyEntries.of(new HistoryEntry(Instant.EPOCH, "INVITATION_ACCEPTED", new HistoryEntry.Actor("realm", "dad"),
                Map.of("invitationId", "i1", "grantId", "g1")), NAMING);

        assertThat(merged.details()).containsExactlyEntriesOf(Map.of("role", "SURVIVOR"));
        assertThat(merged.subject()).isNull();
        assertThat(accepted.details()).isEmpty();
        assertThat(accepted.actor()).isEqualTo(FamilyEntries.Who.account("Carlos Garcia"));
    }

    @Test
    void anAgeBandNarrowingSaysWhoseAccessAndThePermissionsBeforeAndAfter() {
        FamilyEntries.Entry entry = FamilyEntries.of(new HistoryEntry(Instant.EPOCH, "GRANT_NARROWED", null,
                Map.of("grantId", "g1", "accountId", "dad", "relationship", "PARENT", "reason", "AGE_BAND",
                        "permissionsBefore", "BOOK,VIEW", "permissionsAfter", "BOOK")), NAMING);

        assertThat(entry.actor()).isEqualTo(FamilyEntries.Who.CLINIC);
        assertThat(entry.subject()).isEqualTo(FamilyEntries.Who.account("Carlos Garcia"));
        assertThat(entry.details()).containsExactlyInAnyOrderEntriesOf(Map.of("relationship", "PARENT", "reason", "AGE_BAND",
                "permissionsBefore", "BOOK,VIEW", "permissionsAfter", "BOOK"));
    }

    @Test
    void anAccountWithoutANameIsNamedByNothingElse() {
        assertThat(FamilyEntries.Who.account("  ").name()).isNull();
        assertThat(FamilyEntries.Who.account(" Ana Garcia ").name()).isEqualTo("Ana Garcia");
        assertThat(FamilyEntries.Who.account(null)).isEqualTo(new FamilyEntries.Who(FamilyEntries.Kind.ACCOUNT, null));
    }
}
