package org.patientaccess.keycloak.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.console.ConsoleChecks.accessible;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Chromium;
import org.patientaccess.keycloak.it.support.browser.Screen;
import org.patientaccess.keycloak.it.support.browser.StaffConsole;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.StaffConsoleClinicRealm;

/**
 * A receptionist invites a parent twice, the first time to a mistyped address, and withdraws that
 * one: the patient's History says to which address each invitation went, so staff can tell which was
 * withdrawn. Staff who may only view users read it too, as they read the addresses on User accounts.
 * In English and French.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class HistorySaysToWhichAddressEachInvitationWentIT {

    @RegisterExtension
    static final Chromium english = Chromium.inEnglish();

    @RegisterExtension
    static final Chromium french = Chromium.inFrench();

    @InjectRealm(config = StaffConsoleClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private String surname;
    private String name;
    private String mistyped;
    private String intended;

    @BeforeEach
    void anInvitationToAMistypedAddressWithdrawnAndOneToTheRightAddress() {
        PatientAccessApi reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        surname = uniqueSurname("Adresse");
        name = "Lina " + surname;
        mistyped = surname.toLowerCase() + "@famliy.test";
        intended = surname.toLowerCase() + "@family.test";
        PersonalData.used(mistyped, intended);
        String id = reception.create(patient(null, "Lina", surname, "2017-08-21", null, null)).path("id").asText();
        String typo = reception.post("/" + id + "/invitations", Map.of("email", mistyped, "relationship", "PARENT",
                "permissions", List.of("BOOK", "VIEW"))).json().path("id").asText();
        assertThat(reception.delete("/" + id + "/invitations/" + typo).status()).isEqualTo(204);
        assertThat(reception.post("/" + id + "/invitations", Map.of("email", intended, "relationship", "PARENT",
                "permissions", List.of("BOOK", "VIEW"))).status()).isEqualTo(201);
    }

    @Test
    void theReceptionistReadsWhichAddressTheWithdrawnInvitationWentTo() {
        Screen screen = english.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        ConsoleChecks.openPatient(screen, surname, name);
        screen.tab("History").click();

        assertThat(screen.row("Invitation withdrawn").getText()).contains("To " + mistyped).doesNotContain(intended);
        assertThat(rowsOf(screen, "Invitation sent")).containsExactlyInAnyOrder(
                "To " + intended + " · Parent", "To " + mistyped + " · Parent");
        accessible(screen, "a patient's History with the invitations' addresses");
    }

    @Test
    void viewOnlyStaffReadingFrenchSeeTheAddressesAsOnUserAccounts() {
        Screen screen = french.screen();
        new StaffConsole(screen, urls.getBase(), realm.getName()).signIn(ClinicRealm.AUDITOR, ClinicRealm.PASSWORD);
        screen.link("Patients").click();
        screen.textbox("Rechercher des patients").sendKeys(surname, Keys.ENTER);
        screen.link(name).click();
        screen.heading(name);
        screen.tab("Historique").click();

        assertThat(screen.row("Invitation retirée").getText()).contains("À " + mistyped).doesNotContain(intended);
        assertThat(rowsOf(screen, "Invitation envoyée")).containsExactlyInAnyOrder(
                "À " + intended + " · Parent", "À " + mistyped + " · Parent");
        accessible(screen, "a patient's History with the invitations' addresses, in French");
    }

    /** The details cell of each History row of this action (the table's last column for view-only staff, before the actions otherwise). */
    private static List<String> rowsOf(Screen screen, String action) {
        screen.row(action);
        return screen.all(By.xpath("//tbody/tr[td[normalize-space(.)='" + action + "']]/td[@data-label='Details' or @data-label='Détails']"))
                .stream().map(WebElement::getText).toList();
    }
}
