package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.keycloak.testframework.realm.ManagedRealm;
import org.openqa.selenium.Keys;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Accessibility;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.Screenshots;

/** What the console tests do on every page they visit, and how a receptionist finds a patient. */
final class ConsoleChecks {

    private ConsoleChecks() {
    }

    /** Saves the page's picture under a stable name (the README shows it) and fails on a serious accessibility violation. */
    static void pictured(Screen screen, String screenshot, String what) {
        Accessibility.assertNoSeriousViolations(screen.driver(), what);
        Screenshots.save(screen.driver(), screenshot);
    }

    /** Fails on a serious accessibility violation of what the browser shows now (an open dialog or menu). */
    static void accessible(Screen screen, String what) {
        Accessibility.assertNoSeriousViolations(screen.driver(), what);
    }

    /** Patients in the navigation, then a search by name, as a receptionist looks a patient up. */
    static void searchPatients(Screen screen, String name) {
        screen.link("Patients").click();
        screen.textbox("Search patients").sendKeys(name, Keys.ENTER);
    }

    /** Staff let a parent's account act for the patient and manage its profile; answers the grant's id. */
    static String aParentWhoManagesTheProfile(PatientAccessApi staff, String patientId, String parent) {
        ApiResponse granted = staff.post("/" + patientId + "/accounts", Map.of("email", parent, "relationship", "PARENT",
                "permissions", List.of("BOOK", "VIEW", "MANAGE_PROFILE")));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return granted.json().path("id").asText();
    }

    /**
     * That parent puts an email on the record from their own account (the person's API, as Correct
     * contact details does): the record's email is then a delegate's, which proves nothing about who
     * registers until the clinic or the patient confirms it.
     */
    static void theParentPutsAnEmailOnTheRecord(String serverUrl, ManagedRealm realm, String parent, String password,
            String grantId, String email) {
        ApiResponse corrected = PatientAccessApi.personSignedInAs(serverUrl, realm, parent, password)
                .put("/patients/" + grantId + "/contact", Map.of("email", email, "phone", ""));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().path("email").asText()).isEqualTo(email);
    }

    /** Searches by name and opens the patient's page from the result. */
    static void openPatient(Screen screen, String surname, String fullName) {
        searchPatients(screen, surname);
        screen.link(fullName).click();
        screen.heading(fullName);
    }
}
