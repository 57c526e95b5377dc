package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.accessible;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.pictured;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.searchPatients;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.StaffConsoleClinicRealm;

/** A receptionist creates a patient (told what is wrong, under the field) and imports a clinic system's export. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class ReceptionistCreatesAndImportsPatientsIT {

    @RegisterExtension
    static final Chromium chromium = Chromium.inEnglish();

    @InjectRealm(config = StaffConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private Screen screen;

    @BeforeEach
    void signIn() {
        screen = chromium.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void aBadPhoneIsNamedUnderItsFieldAndOnceFixedThePatientIsCreatedItsDatesAndPhonesWrittenOneWay() {
        String surname = uniqueSurname("Created");
        PersonalData.used("Nina", "1978-12-01");
        PersonalData.usedPhone("416 555 0134");
        searchPatients(screen, surname);
        screen.text("No patients found");

        screen.button("Create patient").click();
        Screen dialog = screen.within(screen.dialog("Create patient"));
        dialog.fill("First name", "Nina").fill("Last name", surname).fill("Birth date", "1978-12-01").fill("Phone", "123");
        // A birth date is typed as YYYY-MM-DD, said under the field: 12/01/1978 is two different days in Canada.
        WebElement birthDate = dialog.textbox("Birth date");
        assertThat(birthDate.getAttribute("type")).isEqualTo("text");
        assertThat(screen.find(By.id(birthDate.getAttribute("aria-describedby"))).getText()).isEqualTo("As YYYY-MM-DD, for example 2019-04-23");
        accessible(screen, "the Create patient dialog");
        dialog.button("Create").click();

        String message = "phone is not a valid phone number (default region " + ClinicRealm.PHONE_REGION + ")";
        screen.waitUntil("the phone field marked invalid", () -> "true".equals(dialog.textbox("Phone").getAttribute("aria-invalid")));
        WebElement phone = dialog.textbox("Phone");
        WebElement underThePhone = screen.find(By.id(phone.getAttribute("aria-describedby")));
        assertThat(underThePhone.getText()).contains(message);
        assertThat(dialog.textbox("Last name").getAttribute("aria-invalid")).isNotEqualTo("true");
        accessible(screen, "the Create patient dialog with a field error");

        dialog.fill("Phone", "416 555 0134");
        dialog.button("Create").click();

        screen.heading("Nina " + surname);
        // The clinic's (Canadian) number in national format, which the API reads back as the same number.
        screen.waitUntil("the stored phone shown", () -> "(416) 555-0134".equals(screen.textbox("Phone").getAttribute("value")));
        assertThat(screen.textbox("Last name").getAttribute("value")).isEqualTo(surname);
        assertThat(screen.textbox("Birth date").getAttribute("value")).isEqualTo("1978-12-01");

        searchPatients(screen, surname);
        assertThat(screen.within(screen.table("Patients")).row("Nina " + surname).getText()).contains("December 1, 1978", "(416) 555-0134");
    }

    @Test
    void anExportFileIsImportedAndItsReportNamesTheRowNotImportedAndTheFieldLeftOut() throws Exception {
        String surname = uniqueSurname("Imported");
        PersonalData.used("Ana", "Ben", "Cleo", "2000-01-01", "2001-02-03", "2002-03-04", "ana@example.com");
        PersonalData.usedPhone("(416) 555-0134");
        PersonalData.usedPhone("555-450-5873");
        Path export = Files.createTempFile("clinic-export-", ".csv");
        Files.writeString(export, "externalId,firstName,lastName,birthDate,email,phone\n"
                + uniqueExternalId() + ",Ana," + surname + ",2000-01-01,ana@example.com,(416) 555-0134\n"
                + uniqueExternalId() + ",Ben," + surname + ",2001-02-03,,555-450-5873\n"
                + uniqueExternalId() + ",Cleo,,2002-03-04,,\n");
        try {
            screen.link("Patients").click();
            screen.button("Import").click();
            WebElement dialogElement = screen.dialog("Import patients");
            Screen dialog = screen.within(dialogElement);
            accessible(screen, "the Import patients dialog");
            // The file chooser's input is hidden behind PatternFly's Browse button; the browser accepts a path typed into it.
            dialogElement.findElement(By.cssSelector("input[type=file]")).sendKeys(export.toAbsolutePath().toString());
            dialog.button("Import").click();

            WebElement report = dialog.find(By.cssSelector("[aria-label='Import report']"));
            assertThat(report.getText()).contains("Created\n2", "Failed\n1", "Imported with warnings\n1");
            assertThat(dialog.within(dialog.table("Rows not imported")).row("lastName").getText()).contains("lastName is required");
            assertThat(dialog.within(dialog.table("Rows imported without a field")).row("phone").getText())
                    .contains("phone is not a valid phone number");
            pictured(screen, "console-import-report", "the import report");
            dialog.button("Close").click();
        } finally {
            Files.delete(export);
        }

        searchPatients(screen, surname);
        screen.link("Ana " + surname);
        screen.link("Ben " + surname);
    }
}
