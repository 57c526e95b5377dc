package org.patientaccess.keycloak.it.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.List;

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
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * A child's record, imported by the clinic, carries the family's mailbox. A parent who registers with
 * the child's names, birth date and that mailbox must not become the child's own account, even where
 * the clinic sets no age for an own account.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class AParentCannotBecomeAChildsOwnAccountIT {

    static final String STAFF = "staff@riverside-physio.example";

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi staff;
    private RegisteringPeople people;

    @BeforeEach
    void signIn() {
        staff = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), STAFF, "staff");
        people = new RegisteringPeople(urls.getBase(), realm, new Inbox(mail), staff);
    }

    @Test
    void aParentWhoRegistersAsTheirChildUnderTheFamilyMailboxWaitsForStaff() throws Exception {
        assertThat(realm.admin().toRepresentation().getAttributes()).as("the clinic sets no own-account age")
                .doesNotContainKey("patientAccess.ownAccountAge");
        String surname = uniqueSurname("Bouchard");
        String familyMailbox = surname.toLowerCase() + "@family.test";
        String externalId = uniqueExternalId();
        ApiResponse imported = staff.post("/import", List.of(patient(externalId, "Chloe", surname, "2015-04-18", familyMailbox, null)));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("created").asInt()).as(imported.toString()).isEqualTo(1);
        String child = staff.get("?externalId=" + externalId).json().get(0).path("id").asText();

        people.registerUsingAnyCodeSentTo(familyMailbox, familyMailbox, "Chloe", surname, "2015-04-18", "");

        assertThat(people.queueEntryOf(familyMailbox).path("status").asText())
                .as("a child's record is not linked by itself to whoever reads the family's mailbox").isEqualTo("PENDING");
        assertThat(people.patientsOf(familyMailbox)).singleElement()
                .satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(child));
        assertThat(staff.get("/" + child + "/accounts?includeEnded=true").json())
                .as("the child's record has no own account").noneSatisfy(grant -> assertThat(grant.path("relationship").asText()).isEqualTo("SELF"));
    }
}
