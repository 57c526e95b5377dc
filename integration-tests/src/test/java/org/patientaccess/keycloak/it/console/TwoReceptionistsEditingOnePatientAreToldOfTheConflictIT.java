package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.accessible;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.ByRole;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.StaffConsoleClinicRealm;

/** A save in the console names the version it read: a record changed meanwhile is told, with a Reload, and nothing is overwritten. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class TwoReceptionistsEditingOnePatientAreToldOfTheConflictIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = StaffConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void aSaveAfterAnotherReceptionistsChangeIsRefusedThenReloadShowsTheirChangeAndTheNextSaveWorks() {
        String surname = uniqueSurname("Conflict");
        PersonalData.used("Elena", "Helena", "helena@family.test", "elena@family.test");
        PatientAccessApi other = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        String id = other.create(patient(null, "Elena", surname, "1990-02-03", null, null)).path("id").asText();
        Screen screen = chromium.screen();
        StaffConsole console = new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        console.open("patients/" + id + "/details");
        screen.heading("Elena " + surname);
        screen.textbox("Email");

        ApiResponse changed = other.put("/" + id, patient(null, "Helena", surname, "1990-02-03", null, null));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        screen.fill("Email", "elena@family.test");
        screen.button("Save").click();

        screen.text("This patient was changed by someone else since you opened it");
        screen.text("Nothing was saved.");
        accessible(screen, "a patient's Details with the conflict alert");
        assertThat(record(other, id).path("firstName").asText()).isEqualTo("Helena");
        assertThat(record(other, id).has("email")).as("the browser's save overwrote nothing").isFalse();

        screen.button("Reload").click();
        screen.waitUntil("their first name shown", () -> "Helena".equals(screen.textbox("First name").getAttribute("value")));
        screen.waitUntilGone(ByRole.text("This patient was changed by someone else"));
        screen.fill("Email", "helena@family.test");
        screen.button("Save").click();

        screen.text("The patient was saved");
        assertThat(record(other, id).path("email").asText()).isEqualTo("helena@family.test");
        assertThat(record(other, id).path("firstName").asText()).isEqualTo("Helena");
    }

    private static JsonNode record(PatientAccessApi api, String id) {
        return api.get("/" + id).json();
    }
}
