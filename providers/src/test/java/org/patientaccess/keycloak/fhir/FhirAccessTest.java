package org.patientaccess.keycloak.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.Relationship;

class FhirAccessTest {

    private static final Instant GIVEN = Instant.parse("2026-01-10T09:00:00Z");
    private static final String MARIA = "maria";

    @Test
    void aTokenWithoutAChosenPatientSeesEveryRecordItsUserActsFor() {
        List<FhirAccess.Visible> held = List.of(visible("maria-record", Relationship.SELF), visible("sofia-record", Relationship.PARENT));

        assertThat(FhirAccess.visible(held, TokenPatients.all())).isEqualTo(held);
    }

    @Test
    void aTokenWithAChosenPatientSeesThatOneOnlyAndNoneOnceItsGrantEnded() {
        List<FhirAccess.Visible> held = List.of(visible("maria-record", Relationship.SELF), visible("sofia-record", Relationship.PARENT));

        assertThat(FhirAccess.visible(held, TokenPatients.only("sofia-record"))).extracting(visible -> visible.record().id())
                .containsExactly("sofia-record");
        assertThat(FhirAccess.visible(held, TokenPatients.only("someone-else"))).isEmpty();
        assertThat(FhirAccess.visible(held, TokenPatients.noneLeft())).isEmpty();
    }

    @Test
    void contactDetailsShowToThePatientAndToThoseWhoMayViewTheRecord() {
        assertThat(FhirAccess.Visible.showsContact(grant(MARIA, Relationship.SELF, EnumSet.of(GrantPermission.BOOK)))).isTrue();
        assertThat(FhirAccess.Visible.showsContact(grant(MARIA, Relationship.PARENT, EnumSet.of(GrantPermission.BOOK, GrantPermission.VIEW)))).isTrue();
        assertThat(FhirAccess.Visible.showsContact(grant(MARIA, Relationship.CAREGIVER, EnumSet.of(GrantPermission.BOOK)))).isFalse();
    }

    @Test
    void anotherAccountsNamesShowOnlyToWhoManagesTheProfile() {
        AccessGrant fathers = grant("mateo", Relationship.PARENT, EnumSet.of(GrantPermission.BOOK));

        assertThat(FhirAccess.showsNames(fathers, grant(MARIA, Relationship.PARENT, EnumSet.allOf(GrantPermission.class)))).isTrue();
        assertThat(FhirAccess.showsNames(fathers, grant(MARIA, Relationship.PARENT, EnumSet.of(GrantPermission.BOOK, GrantPermission.VIEW)))).isFalse();
        assertThat(FhirAccess.showsNames(grant(MARIA, Relationship.PARENT, EnumSet.of(GrantPermission.BOOK)),
                grant(MARIA, Relationship.PARENT, EnumSet.of(GrantPermission.BOOK)))).as("one's own").isTrue();
    }

    @Test
    void aGrantEndsWhenRevokedOrAtItsOwnEndWhicheverIsFirst() {
        Instant until = Instant.parse("2030-03-09T00:00:00Z");
        Instant revoked = Instant.parse("2026-05-01T12:00:00Z");

        assertThat(FhirAccess.end(grant(MARIA, null, null))).isNull();
        assertThat(FhirAccess.end(ended(until, null))).isEqualTo(until);
        assertThat(FhirAccess.end(ended(until, revoked))).isEqualTo(revoked);
        assertThat(FhirAccess.end(ended(Instant.parse("2026-04-01T00:00:00Z"), revoked))).as("revoked after it lapsed")
                .isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    }

    private static FhirAccess.Visible visible(String recordId, Relationship relationship) {
        PatientRecord record = new PatientRecord(recordId, "realm", new PatientDetails(null, "First", "Last", LocalDate.of(2014, 3, 9), null, null),
                PatientStatus.ACTIVE, null, PatientSource.ADMIN, null, GIVEN, GIVEN, 0);
        return new FhirAccess.Visible(record, grant(MARIA, relationship, EnumSet.of(GrantPermission.BOOK)));
    }

    private static AccessGrant grant(String userId, Relationship relationship, Set<GrantPermission> permissions) {
        return new AccessGrant("grant-of-" + userId, "realm", userId, "record", relationship, permissions, GrantOrigin.ADMIN,
                null, "staff", GIVEN, null, null, null, Set.of());
    }

    private static AccessGrant ended(Instant validUntil, Instant revokedAt) {
        return new AccessGrant("grant", "realm", MARIA, "record", Relationship.PARENT, EnumSet.of(GrantPermission.BOOK), GrantOrigin.ADMIN,
                validUntil, "staff", GIVEN, revokedAt, revokedAt == null ? null : "staff", null, Set.of());
    }
}
