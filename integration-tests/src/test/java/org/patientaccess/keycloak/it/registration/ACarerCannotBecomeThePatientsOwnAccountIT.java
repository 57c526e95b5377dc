package org.patientaccess.keycloak.it.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
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
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.realm.Accounts;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * A carer who manages an elderly patient's profile puts a mailbox of their own on the record, leaves,
 * and registers as the patient under that mailbox: the clinic's record must not become the carer's
 * own account. The record's old address hears of the change, and staff see who set the email.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ACarerCannotBecomeThePatientsOwnAccountIT {

    static final String STAFF = "staff@riverside-physio.example";

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi staff;
    private Inbox inbox;
    private RegisteringPeople people;

    @BeforeEach
    void signIn() {
        staff = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), STAFF, "staff");
        inbox = new Inbox(mail);
        people = new RegisteringPeople(urls.getBase(), realm, inbox, staff);
    }

    @Test
    void aCarerWhoPutTheirOwnMailboxOnTheRecordAndLeftIsNotLinkedWhenTheyRegisterAsThePatient() throws Exception {
        String surname = uniqueSurname("Lefebvre");
        String clinicEmail = surname.toLowerCase() + "@family.test";
        String carersOtherMailbox = surname.toLowerCase() + ".second@carer.test";
        String record = staff.create(patient(null, "Jeanne", surname, "1938-05-11", clinicEmail, "514 555 0161")).path("id").asText();
        Carer carer = carerOf(record, surname);

        ApiResponse changed = carer.api().put("/patients/" + carer.grantId() + "/contact", Map.of("email", carersOtherMailbox, "phone", "514 555 0161"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        ApiResponse left = carer.api().delete("/patients/" + carer.grantId());
        assertThat(left.status()).as(left.toString()).isEqualTo(204);

        people.registerUsingAnyCodeSentTo(carersOtherMailbox, carersOtherMailbox, "Jeanne", surname, "1938-05-11", "514-555-0161");

        assertThat(people.queueEntryOf(carersOtherMailbox).path("status").asText())
                .as("an email a delegate put on the record proves nothing about who registers").isEqualTo("PENDING");
        assertThat(people.patientsOf(carersOtherMailbox)).as("only the new account's provisional record").singleElement().satisfies(mine -> {
            assertThat(mine.path("patientId").asText()).isNotEqualTo(record);
            assertThat(mine.path("relationship").asText()).isEqualTo("SELF");
        });
        assertThat(staff.get("/" + record + "/accounts?includeEnded=true").json())
                .as("the clinic's record has no own account").noneSatisfy(grant -> assertThat(grant.path("relationship").asText()).isEqualTo("SELF"));
    }

    @Test
    void afterACarersChangeTheOldAddressIsToldAndStaffSeeThatADelegateSetTheEmail() throws Exception {
        String surname = uniqueSurname("Lefebvre");
        String clinicEmail = surname.toLowerCase() + "@family.test";
        String carersOtherMailbox = surname.toLowerCase() + ".second@carer.test";
        String record = staff.create(patient(null, "Jeanne", surname, "1938-05-11", clinicEmail, "514 555 0162")).path("id").asText();
        Carer carer = carerOf(record, surname);
        int mails = inbox.mark();

        ApiResponse changed = carer.api().put("/patients/" + carer.grantId() + "/contact", Map.of("email", carersOtherMailbox, "phone", "514 555 0162"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        inbox.awaitTo(clinicEmail, mails);
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(inbox.countTo(clinicEmail, mails)).as("the record's previous address is told of the change").isPositive();
            softly.assertThat(staff.get("/" + record).json().path("emailSource").asText())
                    .as("the email was set by someone acting for the patient").isEqualTo("DELEGATE");
        });
    }

    /** The carer's account and its grant on the record: CAREGIVER with every permission, for 30 days. */
    private Carer carerOf(String record, String surname) {
        String email = Accounts.account(realm, surname.toLowerCase() + ".carer@carer.test", "Paul", surname, "1968-10-02", RegisteringPeople.PASSWORD);
        ApiResponse granted = staff.post("/" + record + "/accounts", Map.of("email", email, "relationship", "CAREGIVER",
                "permissions", List.of("BOOK", "VIEW", "MANAGE_PROFILE"),
                "validUntil", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return new Carer(PatientAccessApi.personSignedInAs(urls.getBase(), realm, email, RegisteringPeople.PASSWORD),
                granted.json().path("id").asText());
    }

    private record Carer(PatientAccessApi api, String grantId) {
    }
}
