package org.patientaccess.keycloak.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dasniko.testcontainers.keycloak.KeycloakContainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.realm.RealmBuilder;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.container.DockerEngineAvailable;
import org.patientaccess.keycloak.it.support.container.OfficialImage;
import org.patientaccess.keycloak.it.support.mail.Mailpit;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.oidc.BookingApp;
import org.patientaccess.keycloak.it.support.oidc.Tokens;
import org.patientaccess.keycloak.it.support.realm.BookingClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The plugin on Keycloak's official image (dasniko's Testcontainers Keycloak), as operators run it
 * with Docker: a record, an emailed invitation accepted through the login pages, and a booking app's
 * token listing the patients. The testcontainers profile runs it (not the default run: it starts
 * containers, not the Test Framework's server); without a Docker engine it is skipped.
 */
@ExtendWith(DockerEngineAvailable.class)
@Testcontainers
class ThePluginRunsOnTheOfficialKeycloakImageIT {

    private static final String REALM = "clinic";
    private static final String CLINIC = "Riverside Physiotherapy";
    /** The mail catcher's name on the containers' network, as in docker-compose.yml. */
    private static final String MAIL_HOST = "mail";

    private static final Network NETWORK = Network.newNetwork();

    @Container
    private static final GenericContainer<?> MAIL = new GenericContainer<>(OfficialImage.MAILPIT)
            .withNetwork(NETWORK)
            .withNetworkAliases(MAIL_HOST)
            .withExposedPorts(Mailpit.HTTP_PORT);

    @Container
    private static final KeycloakContainer KEYCLOAK = new KeycloakContainer(OfficialImage.KEYCLOAK)
            .withProviderLibsFrom(OfficialImage.pluginJarFiles())
            .withNetwork(NETWORK);

    private PatientAccessApi reception;

    @BeforeAll
    static void openTheClinic() {
        try (Keycloak admin = KEYCLOAK.getKeycloakAdminClient()) {
            admin.realms().create(new BookingClinicRealm().configure(RealmBuilder.create())
                    .name(REALM)
                    .displayName(CLINIC)
                    .smtp(MAIL_HOST, Mailpit.SMTP_PORT, "appointments@clinic.test")
                    .build());
        }
    }

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(KEYCLOAK.getAuthServerUrl(), REALM, ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void staffCreateARecordAndReadItBack() {
        String surname = uniqueSurname("Garcia");

        JsonNode created = reception.create(patient(null, "Sofia", surname, "2014-03-09", null, null));

        assertThat(created.path("lastName").asText()).isEqualTo(surname);
        assertThat(reception.get("/" + created.path("id").asText()).json()).isEqualTo(created);
    }

    @Test
    void aFatherAcceptsTheEmailedInvitationThroughTheLoginPages() throws Exception {
        String mateo = newPatient("Mateo", "2017-08-23");

        ApiResponse invited = reception.post("/" + mateo + "/invitations", Map.of("email", ClinicRealm.FATHER, "relationship", "PARENT"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String link = Mails.link(new Mailpit(mailUrl()).awaitLatestTo(ClinicRealm.FATHER), "/patient-access/invitation?token=")
                .replace("&amp;", "&");

        try (Browser browser = new Browser()) {
            browser.open(link);
            assertThat(browser.text()).contains(CLINIC + " invites you to book and manage appointments for Mateo, as parent.");
            browser.click("invitation-login").logIn(ClinicRealm.FATHER, ClinicRealm.PASSWORD).click("invitation-accept");
            assertThat(browser.url()).contains("/realms/" + REALM + "/account");
        }

        JsonNode grant = reception.get("/" + mateo + "/accounts").json().get(0);
        assertThat(grant.path("origin").asText()).isEqualTo("INVITATION");
        assertThat(grant.path("relationship").asText()).isEqualTo("PARENT");
    }

    @Test
    void theBookingAppsTokenListsThePatientsAMotherActsFor() {
        String sofia = newPatient("Sofia", "2014-03-09");
        ApiResponse granted = reception.post("/" + sofia + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        BookingApp app = new BookingApp(KEYCLOAK.getAuthServerUrl(), REALM);

        Tokens tokens;
        try (Browser browser = new Browser()) {
            tokens = app.logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid");
        }

        JsonNode patients = tokens.accessTokenClaims().path("patients");
        assertThat(patients).hasSize(1);
        assertThat(patients.get(0).path("id").asText()).isEqualTo(sofia);
        assertThat(patients.get(0).path("relationship").asText()).isEqualTo("PARENT");
        assertThat(app.userInfo(tokens.accessToken()).json().path("patients")).isEqualTo(patients);
    }

    private String newPatient(String firstName, String birthDate) {
        return reception.create(patient(null, firstName, uniqueSurname("Garcia"), birthDate, null, null)).path("id").asText();
    }

    private static String mailUrl() {
        return "http://" + MAIL.getHost() + ":" + MAIL.getMappedPort(Mailpit.HTTP_PORT);
    }
}
