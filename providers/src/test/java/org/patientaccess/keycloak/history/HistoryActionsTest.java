package org.patientaccess.keycloak.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;

class HistoryActionsTest {

    private static final String PATIENT = "5f0c6a2e-0c3a-4c5e-9d6e-1a2b3c4d5e6f";
    private static final String OTHER = "9a8b7c6d-0c3a-4c5e-9d6e-1a2b3c4d5e6f";

    @Test
    void aGrantStaffGaveNamesTheGrantTheAccountAndTheRelationshipAndWhoGaveIt() {
        HistoryEntry entry = HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_ACCESS_GRANT", OperationType.CREATE,
                PatientEvents.path(PATIENT, "accounts", "g1"), Map.of("user_id", "holder", "relationship", "PARENT")));

        assertThat(entry.action()).isEqualTo("GRANT_GIVEN");
        assertThat(entry.details()).containsExactlyInAnyOrderEntriesOf(Map.of("grantId", "g1", "accountId", "holder", "relationship", "PARENT"));
        assertThat(entry.actor()).isEqualTo(new HistoryEntry.Actor("realm", "staff"));
        assertThat(entry.time()).isEqualTo(Instant.ofEpochMilli(1_000));
    }

    @Test
    void aGrantEndsByStaffByItsHolderLeavingOrByThePatientRevokingIt() {
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_ACCESS_GRANT", OperationType.DELETE,
                PatientEvents.path(PATIENT, "accounts", "g1"), Map.of())).details()).containsEntry("reason", "ENDED_BY_STAFF");
        HistoryEntry left = HistoryActions.ofUserEvent(personEvent(EventType.REVOKE_GRANT, Map.of(
                "patient_access_action", "leave", "patient_access_grant_id", "g1", "patient_id", PATIENT)));
        HistoryEntry revoked = HistoryActions.ofUserEvent(personEvent(EventType.REVOKE_GRANT, Map.of(
                "patient_access_action", "revoke", "patient_access_grant_id", "g2", "patient_id", PATIENT)));

        assertThat(left.action()).isEqualTo("GRANT_ENDED");
        assertThat(left.details()).containsEntry("reason", "LEFT").containsEntry("grantId", "g1");
        assertThat(revoked.details()).containsEntry("reason", "REVOKED_BY_PATIENT");
        assertThat(left.actor()).isEqualTo(new HistoryEntry.Actor("realm", "person"));
    }

    @Test
    void invitationsAreSentResentWithdrawnAndAnswered() {
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_INVITATION", OperationType.CREATE,
                PatientEvents.path(PATIENT, "invitations", "i1"), Map.of())).action()).isEqualTo("INVITATION_SENT");
        HistoryEntry resent = HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_INVITATION", OperationType.ACTION,
                PatientEvents.path(PATIENT, "invitations", "i1", "resend"), Map.of()));
        assertThat(resent.action()).isEqualTo("INVITATION_RESENT");
        assertThat(resent.details()).containsEntry("invitationId", "i1");
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_INVITATION", OperationType.DELETE,
                PatientEvents.path(PATIENT, "invitations", "i1"), Map.of())).action()).isEqualTo("INVITATION_WITHDRAWN");

        HistoryEntry accepted = HistoryActions.ofUserEvent(personEvent(EventType.CUSTOM_REQUIRED_ACTION, Map.of(
                Details.CUSTOM_REQUIRED_ACTION, "patient-access-invitation", "patient_access_invitation_id", "i1",
                "patient_access_grant_id", "g3", "patient_id", PATIENT, "outcome", "ACCEPTED")));
        assertThat(accepted.action()).isEqualTo("INVITATION_ACCEPTED");
        assertThat(accepted.details()).containsEntry("invitationId", "i1").containsEntry("grantId", "g3");
        assertThat(HistoryActions.ofUserEvent(personEvent(EventType.CUSTOM_REQUIRED_ACTION, Map.of(
                Details.CUSTOM_REQUIRED_ACTION, "patient-access-invitation", "patient_id", PATIENT, "outcome", "DECLINED"))).action())
                .isEqualTo("INVITATION_DECLINED");
    }

    @Test
    void choosingThePatientAtSignInIsAnEntryOfThePersonNamingTheirGrant() {
        HistoryEntry chosen = HistoryActions.ofUserEvent(personEvent(EventType.CUSTOM_REQUIRED_ACTION, Map.of(
                Details.CUSTOM_REQUIRED_ACTION, "patient-access-select-patient", "patient_access_grant_id", "g4",
                "patient_id", PATIENT, "outcome", "CHOSEN")));

        assertThat(chosen.action()).isEqualTo("PATIENT_CHOSEN");
        assertThat(chosen.details()).containsExactlyInAnyOrderEntriesOf(Map.of("grantId", "g4", "outcome", "CHOSEN"));
        assertThat(chosen.actor()).isEqualTo(new HistoryEntry.Actor("realm", "person"));
    }

    @Test
    void aFamilyInvitesResendsWithdrawsAndEndsATemporaryCarer() {
        HistoryEntry invited = HistoryActions.ofUserEvent(personEvent(EventType.GRANT_CONSENT, Map.of(
                "patient_access_action", "invite_carer", "patient_access_invitation_id", "i1", "patient_id", PATIENT)));
        assertThat(invited.action()).isEqualTo("CARER_INVITED");
        assertThat(invited.details()).containsExactlyEntriesOf(Map.of("invitationId", "i1"));
        assertThat(invited.actor()).isEqualTo(new HistoryEntry.Actor("realm", "person"));
        assertThat(HistoryActions.ofUserEvent(personEvent(EventType.GRANT_CONSENT, Map.of(
                "patient_access_action", "resend_carer_invitation", "patient_access_invitation_id", "i1", "patient_id", PATIENT))).action())
                .isEqualTo("INVITATION_RESENT");
        assertThat(HistoryActions.ofUserEvent(personEvent(EventType.REVOKE_GRANT, Map.of(
                "patient_access_action", "withdraw_carer_invitation", "patient_access_invitation_id", "i1", "patient_id", PATIENT))).action())
                .isEqualTo("INVITATION_WITHDRAWN");

        HistoryEntry ended = HistoryActions.ofUserEvent(personEvent(EventType.REVOKE_GRANT, Map.of(
                "patient_access_action", "end_carer", "patient_access_grant_id", "g9", "patient_id", PATIENT)));
        assertThat(ended.action()).isEqualTo("GRANT_ENDED");
        assertThat(ended.details()).containsEntry("reason", "ENDED_BY_FAMILY").containsEntry("grantId", "g9");
    }

    @Test
    void aMergeAndItsUndoNameTheOtherRecordAndThisRecordsSide() {
        HistoryEntry merged = HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_MERGE", OperationType.CREATE,
                PatientEvents.path(PATIENT, "merges", "m1"), Map.of("other_patient_id", OTHER, "role", "MERGED")));
        HistoryEntry undone = HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_MERGE", OperationType.ACTION,
                PatientEvents.path(PATIENT, "merges", "m1", "undo"), Map.of("other_patient_id", OTHER, "role", "MERGED")));

        assertThat(merged.action()).isEqualTo("MERGED");
        assertThat(merged.details()).containsExactlyInAnyOrderEntriesOf(Map.of("mergeId", "m1", "otherPatientId", OTHER, "role", "MERGED"));
        assertThat(undone.action()).isEqualTo("MERGE_UNDONE");
    }

    @Test
    void theUndoOfARegistrationsMergeNamesTheRegistrationBackInTheQueue() {
        HistoryEntry undone = HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_MERGE", OperationType.ACTION,
                PatientEvents.path(PATIENT, "merges", "m1", "undo"),
                Map.of("other_patient_id", OTHER, "role", "MERGED", "reopened_registration_id", "r1")));

        assertThat(undone.action()).isEqualTo("MERGE_UNDONE");
        assertThat(undone.details()).containsExactlyInAnyOrderEntriesOf(
                Map.of("mergeId", "m1", "otherPatientId", OTHER, "role", "MERGED", "registrationId", "r1"));
    }

    @Test
    void anEditThatChangesTheStatusIsAnArchiveOrARestore() {
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_RECORD", OperationType.UPDATE,
                PatientEvents.path(PATIENT), Map.of("status", "ARCHIVED"))).action()).isEqualTo("RECORD_ARCHIVED");
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_RECORD", OperationType.UPDATE,
                PatientEvents.path(PATIENT), Map.of("status", "ACTIVE"))).action()).isEqualTo("RECORD_RESTORED");
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_RECORD", OperationType.UPDATE,
                PatientEvents.path(PATIENT), Map.of())).action()).isEqualTo("RECORD_UPDATED");
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_RECORD", OperationType.DELETE,
                PatientEvents.path(PATIENT), null)).action()).isEqualTo("RECORD_ARCHIVED");
    }

    @Test
    void anImportThatChangedTheRecordIsAnImportNamingTheFieldsNotTheirValues() {
        HistoryEntry imported = HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_RECORD", OperationType.UPDATE,
                PatientEvents.path(PATIENT), Map.of("imported", "true", "patient_access_fields", "lastName,phone")));

        assertThat(imported.action()).isEqualTo("RECORD_IMPORTED");
        assertThat(imported.details()).containsExactlyEntriesOf(Map.of("fields", "lastName,phone"));
        assertThat(imported.actor()).isNotNull();
    }

    @Test
    void registrationsAreLinkedQueuedAndDecided() {
        assertThat(HistoryActions.ofUserEvent(personEvent(EventType.CUSTOM_REQUIRED_ACTION, Map.of(
                Details.CUSTOM_REQUIRED_ACTION, "patient-access-link-registration", "patient_id", PATIENT,
                "patient_access_registration_id", "r1", "outcome", "AUTO_LINKED"))).action()).isEqualTo("REGISTRATION_LINKED");
        assertThat(HistoryActions.ofUserEvent(personEvent(EventType.CUSTOM_REQUIRED_ACTION, Map.of(
                Details.CUSTOM_REQUIRED_ACTION, "patient-access-link-registration", "patient_id", PATIENT,
                "outcome", "PENDING"))).action()).isEqualTo("REGISTRATION_QUEUED");
        assertThat(HistoryActions.ofUserEvent(personEvent(EventType.GRANT_CONSENT, Map.of(
                "patient_access_action", "add_dependent", "patient_access_grant_id", "g1", "patient_id", PATIENT))).action())
                .isEqualTo("DEPENDENT_ADDED");

        HistoryEntry decided = HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_ONLINE_REGISTRATION", OperationType.ACTION,
                PatientEvents.path(PATIENT, "registrations", "r1"), Map.of("decision", "KEPT_AS_NEW")));
        assertThat(decided.action()).isEqualTo("REGISTRATION_DECIDED");
        assertThat(decided.details()).containsExactlyInAnyOrderEntriesOf(Map.of("registrationId", "r1", "decision", "KEPT_AS_NEW"));
    }

    @Test
    void aPersonCorrectingTheContactDetailsIsAnEditNamingTheFieldsNotTheirValues() {
        HistoryEntry corrected = HistoryActions.ofUserEvent(personEvent(EventType.UPDATE_PROFILE, Map.of(
                "patient_access_action", "correct_contact", "patient_id", PATIENT, "patient_access_grant_id", "g1",
                "patient_access_fields", "email,phone")));

        assertThat(corrected.action()).isEqualTo("RECORD_UPDATED");
        assertThat(corrected.details()).containsEntry("fields", "email,phone").containsEntry("grantId", "g1");
    }

    @Test
    void anEventThisVersionDoesNotKnowIsKeptAsOtherWithItsType() {
        HistoryEntry unknown = HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_SOMETHING_NEW", OperationType.ACTION,
                PatientEvents.path(PATIENT, "something"), Map.of("secret", "x")));

        assertThat(unknown.action()).isEqualTo("OTHER");
        assertThat(unknown.details()).containsExactlyInAnyOrderEntriesOf(Map.of("resourceType", "PATIENT_SOMETHING_NEW", "operation", "ACTION"));
        assertThat(HistoryActions.ofUserEvent(personEvent(EventType.GRANT_CONSENT, Map.of("patient_id", PATIENT))).details())
                .containsExactlyInAnyOrderEntriesOf(Map.of("eventType", "GRANT_CONSENT"));
    }

    @Test
    void aGrantEndedAsTheRecordCameOfAgeSaysSoAndNobodyEndedIt() {
        AdminEvent event = staffEvent("PATIENT_ACCESS_GRANT", OperationType.DELETE, PatientEvents.path(PATIENT, "accounts", "g1"),
                Map.of("user_id", "parent", "relationship", "PARENT", "reason", "CAME_OF_AGE"));
        event.setAuthDetails(null);

        HistoryEntry entry = HistoryActions.ofAdminEvent(PATIENT, event);

        assertThat(entry.action()).isEqualTo("GRANT_ENDED");
        assertThat(entry.details()).containsEntry("reason", "CAME_OF_AGE").containsEntry("accountId", "parent");
        assertThat(entry.actor()).isNull();
    }

    @Test
    void anAgeBandNarrowingOrSuspendingAGrantSaysWhatItHadAndWhatItKeeps() {
        AdminEvent narrowed = staffEvent("PATIENT_ACCESS_GRANT", OperationType.UPDATE, PatientEvents.path(PATIENT, "accounts", "g1"),
                Map.of("user_id", "parent", "relationship", "PARENT", "reason", "AGE_BAND",
                        "permissions_before", "BOOK,MANAGE_PROFILE,VIEW", "permissions_after", "BOOK"));
        narrowed.setAuthDetails(null);
        AdminEvent suspended = staffEvent("PATIENT_ACCESS_GRANT", OperationType.UPDATE, PatientEvents.path(PATIENT, "accounts", "g1"),
                Map.of("user_id", "parent", "relationship", "PARENT", "reason", "AGE_BAND", "permissions_before", "BOOK", "permissions_after", "NONE"));

        HistoryEntry entry = HistoryActions.ofAdminEvent(PATIENT, narrowed);

        assertThat(entry.action()).isEqualTo("GRANT_NARROWED");
        assertThat(entry.details()).containsEntry("reason", "AGE_BAND").containsEntry("grantId", "g1")
                .containsEntry("permissionsBefore", "BOOK,MANAGE_PROFILE,VIEW").containsEntry("permissionsAfter", "BOOK");
        assertThat(entry.actor()).as("the rule, nobody's decision").isNull();
        assertThat(HistoryActions.ofAdminEvent(PATIENT, suspended).action()).isEqualTo("GRANT_SUSPENDED");
    }

    @Test
    void theYoungPersonsAssentAndItsEndHaveTheirOwnActionsAndStaffsChangeStaysAChange() {
        Map<String, String> assent = Map.of("user_id", "parent", "relationship", "PARENT", "reason", "ASSENT",
                "permissions_before", "BOOK", "permissions_after", "BOOK,VIEW");

        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_ACCESS_GRANT", OperationType.UPDATE,
                PatientEvents.path(PATIENT, "accounts", "g1"), assent)).action()).isEqualTo("ASSENT_GIVEN");
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_ACCESS_GRANT", OperationType.UPDATE,
                PatientEvents.path(PATIENT, "accounts", "g1"), Map.of("reason", "ASSENT_ENDED"))).action()).isEqualTo("ASSENT_ENDED");
        HistoryEntry staffChange = HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_ACCESS_GRANT", OperationType.UPDATE,
                PatientEvents.path(PATIENT, "accounts", "g1"), Map.of("user_id", "parent")));
        assertThat(staffChange.action()).isEqualTo("GRANT_CHANGED");
        assertThat(staffChange.details()).doesNotContainKey("reason");
    }

    @Test
    void comingOfAgeNoticesAndTheContinuedGuardianshipMarkHaveTheirOwnActions() {
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_COMING_OF_AGE", OperationType.ACTION,
                PatientEvents.path(PATIENT, "coming-of-age"), Map.of("step", "NOTICE"))).action()).isEqualTo("COMING_OF_AGE_NOTICE_SENT");
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_COMING_OF_AGE", OperationType.ACTION,
                PatientEvents.path(PATIENT, "coming-of-age"), Map.of("step", "OWN_ACCESS"))).action()).isEqualTo("OWN_ACCOUNT_NOTICE_SENT");
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_COMING_OF_AGE", OperationType.ACTION,
                PatientEvents.path(PATIENT, "coming-of-age"), Map.of("step", "AGE_BAND_NOTICE"))).action()).isEqualTo("AGE_BAND_NOTICE_SENT");
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_CONTINUED_GUARDIANSHIP", OperationType.UPDATE,
                PatientEvents.path(PATIENT, "continued-guardianship"), null)).action()).isEqualTo("CONTINUED_GUARDIANSHIP_SET");
        assertThat(HistoryActions.ofAdminEvent(PATIENT, staffEvent("PATIENT_CONTINUED_GUARDIANSHIP", OperationType.DELETE,
                PatientEvents.path(PATIENT, "continued-guardianship"), null)).action()).isEqualTo("CONTINUED_GUARDIANSHIP_CLEARED");
    }

    @Test
    void aGrantReviewIsOpenedByNobodyAndDecidedByStaffNamingTheGrantItsAccountAndTheDecision() {
        AdminEvent opened = staffEvent(PatientEvents.GRANT_REVIEW_TYPE, OperationType.CREATE, PatientEvents.path(PATIENT, "grant-reviews", "r1"),
                Map.of("grant_id", "g1", "user_id", "parent", "relationship", "GUARDIAN"));
        opened.setAuthDetails(null);
        HistoryEntry decided = HistoryActions.ofAdminEvent(PATIENT, staffEvent(PatientEvents.GRANT_REVIEW_TYPE, OperationType.UPDATE,
                PatientEvents.path(PATIENT, "grant-reviews", "r1"), Map.of("grant_id", "g1", "user_id", "parent", "decision", "KEEP")));

        HistoryEntry entry = HistoryActions.ofAdminEvent(PATIENT, opened);
        assertThat(entry.action()).isEqualTo("GRANT_REVIEW_OPENED");
        assertThat(entry.details()).containsExactlyInAnyOrderEntriesOf(Map.of("grantId", "g1", "accountId", "parent", "relationship", "GUARDIAN"));
        assertThat(entry.actor()).isNull();
        assertThat(decided.action()).isEqualTo("GRANT_REVIEW_DECIDED");
        assertThat(decided.details()).containsEntry("decision", "KEEP").containsEntry("grantId", "g1");
        assertThat(decided.actor()).isEqualTo(new HistoryEntry.Actor("realm", "staff"));
    }

    @Test
    void everyDetailAnEntryCanCarryHasAColumnInTheExport() {
        assertThat(HistoryActions.DETAIL_NAMES).doesNotHaveDuplicates()
                .contains("grantId", "accountId", "relationship", "reason", "invitationId", "mergeId", "otherPatientId", "role",
                        "registrationId", "decision", "outcome", "status", "permissionsBefore", "permissionsAfter", "resourceType", "operation", "eventType");
    }

    private static AdminEvent staffEvent(String resourceType, OperationType operation, String path, Map<String, String> details) {
        AdminEvent event = new AdminEvent();
        event.setTime(1_000);
        event.setRealmId("realm");
        event.setResourceTypeAsString(resourceType);
        event.setOperationType(operation);
        event.setResourcePath(path);
        event.setDetails(details);
        AuthDetails auth = new AuthDetails();
        auth.setRealmId("realm");
        auth.setUserId("staff");
        event.setAuthDetails(auth);
        return event;
    }

    private static Event personEvent(EventType type, Map<String, String> details) {
        Event event = new Event();
        event.setTime(2_000);
        event.setType(type);
        event.setRealmId("realm");
        event.setUserId("person");
        event.setDetails(details);
        return event;
    }
}
