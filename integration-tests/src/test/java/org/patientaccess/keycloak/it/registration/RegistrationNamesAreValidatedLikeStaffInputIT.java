package org.patientaccess.keycloak.it.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UserProfileResource;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * The names someone registers with become a record's names (they reach staff and emails), so they go
 * through the same rules as the names staff type or import: a name the staff API refuses makes no
 * record, no grant and no queue entry, and the page tells the person.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class RegistrationNamesAreValidatedLikeStaffInputIT {

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
    void aFirstNameWithAWebAddressMakesNoRecordNoGrantAndNoQueueEntry() throws Exception {
        String surname = uniqueSurname("Durand");
        String email = surname.toLowerCase() + "@family.test";
        assertThat(staff.post("", patient(null, "Visit evil.example", surname, null, null, null)).status())
                .as("staff may not give a record this name").isEqualTo(400);

        assertRefusedAtRegistration(email, "Visit evil.example", surname, surname);
    }

    @Test
    void aSurnameLongerThanStaffMayTypeMakesNoRecordWhereTheRealmsFormAllowsIt() throws Exception {
        allowLongLastNamesOnTheForm();
        String base = uniqueSurname("Durand");
        // A double-barrelled surname, so that the family name stands as a word wherever the long one is cut.
        String surname = base + "-" + "x".repeat(100 - base.length());
        String email = base.toLowerCase() + "@family.test";
        assertThat(staff.post("", patient(null, "Anne", surname, null, null, null)).status())
                .as("staff may not give a record this name").isEqualTo(400);

        assertRefusedAtRegistration(email, "Anne", surname, base);
    }

    /**
     * Registers with these names: the page after the password shows a message, and afterwards no record
     * has the name (staff search for {@code searchWord}), the account acts for nothing and the queue has no entry of it.
     */
    private void assertRefusedAtRegistration(String email, String firstName, String lastName, String searchWord) throws Exception {
        String message;
        int lastStatus;
        try (Browser browser = people.registering(email, firstName, lastName, "1990-09-09", "")) {
            message = browser.message();
            if (message.isBlank() && browser.has("registration-code-continue")) {
                browser.click("registration-code-continue");
            }
            lastStatus = browser.status();
        }
        people.clearPendingSteps(email);

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(message).as("the linking page tells the person").isNotBlank();
            softly.assertThat(lastStatus).as("the person never meets a server error").isLessThan(500);
            softly.assertThat(staff.count("?search=" + PatientAccessApi.encode(searchWord) + "&status=any"))
                    .as("no record has the refused name").isZero();
            softly.assertThat(people.patientsOf(email)).as("the account acts for nothing").isEmpty();
            softly.assertThat(people.registrations().findEntryOf(email)).as("nothing waits for staff").isEmpty();
        });
    }

    /** The realm's registration form takes last names of up to 200 characters (put back after the test). */
    private void allowLongLastNamesOnTheForm() {
        UserProfileResource profile = realm.admin().users().userProfile();
        UPConfig original = profile.getConfiguration();
        UPConfig longer = profile.getConfiguration();
        UPAttribute lastName = longer.getAttribute("lastName");
        Map<String, Map<String, Object>> validations = new HashMap<>(lastName.getValidations());
        validations.put("length", Map.of("max", 200));
        lastName.setValidations(validations);
        profile.update(longer);
        realm.cleanup().add(r -> r.users().userProfile().update(original));
    }
}
