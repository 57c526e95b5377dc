package org.patientaccess.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.FineGrainedClinicRealm;
import org.patientaccess.keycloak.it.support.realm.FineGrainedPermissions;

/**
 * A staff member whom the realm's fine-grained permissions do not let view the grandmother's account
 * sees it in our lists as Keycloak's own user endpoints show it to them: not at all, so by its id
 * only, never its email or username. The receptionist, who may view every account, sees them.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffSeeAnAccountsEmailOnlyIfTheyMayViewItIT {

    @InjectRealm(config = FineGrainedClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi limited;
    private PatientAccessApi reception;
    private String grandmother;

    @BeforeEach
    void permitEveryAccountButTheGrandmothers() {
        FineGrainedPermissions permissions = FineGrainedPermissions.of(realm)
                .limitedStaffMayViewAndManageEveryAccount()
                .butMayNot(FineGrainedPermissions.VIEW, ClinicRealm.GRANDMOTHER);
        grandmother = permissions.userId(ClinicRealm.GRANDMOTHER);
        limited = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), FineGrainedClinicRealm.LIMITED_STAFF, ClinicRealm.PASSWORD);
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void anInvitationTheGrandmotherAcceptedNamesHerByIdOnly() throws Exception {
        String patient = newPatient("Tomas");
        // A family's shared mailbox, answered with her own account: decidedByEmail would be hers.
        String shared = uniqueSurname("family").toLowerCase() + "@family.test";
        PersonalData.used(shared);
        Inbox inbox = new Inbox(mail);
        int mark = inbox.mark();
        ApiResponse invited = reception.post("/" + patient + "/invitations", Map.of("email", shared, "relationship", "CAREGIVER"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        inbox.awaitTo(shared, mark);
        try (Browser browser = new Browser()) {
            browser.open(Mails.link(inbox.lastTo(shared), "/patient-access/invitation?token=").replace("&amp;", "&"))
                    .click("invitation-login").logIn(ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD).click("invitation-accept");
        }
        assertThat(invitation(reception, patient).path("status").asText()).isEqualTo("ACCEPTED");

        JsonNode seen = invitation(limited, patient);

        assertThat(seen.path("decidedBy").asText()).as("her id stays").isEqualTo(grandmother);
        assertThat(seen.path("decidedByEmail").asText(null)).as(seen.toString()).isNull();
        assertThat(seen.toString()).doesNotContain(ClinicRealm.GRANDMOTHER);
        assertThat(invitation(reception, patient).path("decidedByEmail").asText()).as("the receptionist may view her")
                .isEqualTo(ClinicRealm.GRANDMOTHER);
    }

    @Test
    void aRegistrationOfTheGrandmotherNamesHerByIdOnly() {
        PatientAccessApi rosa = PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD);
        ApiResponse added = rosa.post("/dependents", patient(null, "Alba", uniqueSurname("Hernandez"), "2021-04-04", null, null));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String registration = queueEntryFor(reception, added.json().path("patientId").asText()).path("id").asText();

        JsonNode read = limited.registrations().get("/" + registration).json();
        JsonNode listed = queueEntryFor(limited, added.json().path("patientId").asText());

        for (JsonNode seen : new JsonNode[] {read, listed}) {
            assertThat(seen.path("userId").asText()).as("her id stays").isEqualTo(grandmother);
            assertThat(seen.path("username").asText(null)).as(seen.toString()).isNull();
            assertThat(seen.toString()).doesNotContain(ClinicRealm.GRANDMOTHER);
        }
        assertThat(reception.registrations().get("/" + registration).json().path("username").asText())
                .as("the receptionist may view her").isEqualTo(ClinicRealm.GRANDMOTHER);
    }

    @Test
    void aGrantOfTheGrandmotherNamesHerByIdOnly() {
        String patient = newPatient("Bruno");
        ApiResponse given = reception.post("/" + patient + "/accounts", Map.of("email", ClinicRealm.GRANDMOTHER, "relationship", "CAREGIVER"));
        assertThat(given.status()).as(given.toString()).isEqualTo(201);

        JsonNode seen = limited.get("/" + patient + "/accounts").json().get(0);

        assertThat(seen.path("userId").asText()).isEqualTo(grandmother);
        assertThat(seen.has("username")).as(seen.toString()).isFalse();
        assertThat(seen.has("email")).isFalse();
        assertThat(seen.toString()).doesNotContain(ClinicRealm.GRANDMOTHER).doesNotContain("Rosa").doesNotContain("Hernandez");
        assertThat(reception.get("/" + patient + "/accounts").json().get(0).path("email").asText())
                .as("the receptionist may view her").isEqualTo(ClinicRealm.GRANDMOTHER);
    }

    private String newPatient(String firstName) {
        return reception.create(patient(null, firstName, uniqueSurname("Garcia"), "2016-06-06", null, null)).path("id").asText();
    }

    private static JsonNode invitation(PatientAccessApi staff, String patientId) {
        ApiResponse invitations = staff.get("/" + patientId + "/invitations");
        assertThat(invitations.status()).as(invitations.toString()).isEqualTo(200);
        return invitations.json().get(0);
    }

    private static JsonNode queueEntryFor(PatientAccessApi staff, String patientId) {
        ApiResponse queue = staff.registrations().get("?status=PENDING&max=100");
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        for (JsonNode entry : queue.json()) {
            if (entry.path("patient").path("id").asText().equals(patientId)) {
                return entry;
            }
        }
        throw new AssertionError("no queue entry for patient " + patientId);
    }
}
