package org.patientaccess.keycloak.it.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

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
 * A family types a stranger's email on a dependent they add. That email is unverified: it neither
 * proves anything nor makes the stranger's address "shared by a household", so the stranger, who has
 * a clinic record under it, is still linked to it by themselves when they register.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class AFamilyCannotSquatAStrangersEmailIT {

    static final String STAFF = "staff@riverside-physio.example";
    static final String FAMILY = "maria.garcia@example.com";

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
    void aStrangersEmailTypedOnAFamilysDependentDoesNotStopTheStrangerBeingLinkedToTheirRecord() throws Exception {
        String surname = uniqueSurname("Castillo");
        String strangersEmail = surname.toLowerCase() + "@stranger.test";
        String record = staff.create(patient(null, "Ramon", surname, "1977-01-19", strangersEmail, "514 555 0181")).path("id").asText();
        PatientAccessApi family = PatientAccessApi.personSignedInAs(urls.getBase(), realm, FAMILY, "patient");
        ApiResponse squatted = family.post("/dependents", patient(null, "Nina", uniqueSurname("Garcia"), "2016-09-09", strangersEmail, null));
        assertThat(squatted.status()).as(squatted.toString()).isEqualTo(201);

        people.register(strangersEmail, "Ramon", surname, "1977-01-19", "514-555-0181");

        assertThat(people.queueEntryOf(strangersEmail).path("status").asText())
                .as("a family's typed email is not a household's: the stranger's own email still proves their record").isEqualTo("AUTO_LINKED");
        assertThat(people.patientsOf(strangersEmail)).singleElement().satisfies(mine -> {
            assertThat(mine.path("patientId").asText()).isEqualTo(record);
            assertThat(mine.path("relationship").asText()).isEqualTo("SELF");
        });
    }
}
