package org.patientaccess.keycloak.it.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.Map;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.testframework.util.ApiUtil;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * An account's verified email proves a record only where the realm verifies it before anything else:
 * not where the registration form sets the password before the email is verified, nor where an identity
 * provider is trusted for its emails (an account it makes has an email nobody here verified).
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class EmailProvesARecordOnlyWhereTheRealmMakesItProofIT {

    static final String STAFF = "staff@riverside-physio.example";
    static final String PASSWORD_STEP = "registration-password-action";
    static final String TRUSTED_PROVIDER = "partner-clinic";

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
    void whereTheEmailIsVerifiedBeforeThePasswordACertainMatchUnderItLinksByItself() throws Exception {
        String surname = uniqueSurname("Bernier");
        String email = surname.toLowerCase() + "@family.test";
        String record = staff.create(patient(null, "Odile", surname, "1981-06-16", email, "514 555 0191")).path("id").asText();

        people.register(email, "Odile", surname, "1981-06-16", "514-555-0191");

        assertThat(people.queueEntryOf(email).path("status").asText()).isEqualTo("AUTO_LINKED");
        assertThat(people.patientsOf(email)).singleElement().satisfies(mine -> assertThat(mine.path("patientId").asText()).isEqualTo(record));
    }

    @Test
    void whereTheRegistrationFormSetsThePasswordBeforeTheEmailIsVerifiedTheEmailProvesNothing() throws Exception {
        setThePasswordOnTheRegistrationForm();
        String surname = uniqueSurname("Bernier");
        String email = surname.toLowerCase() + "@family.test";
        String record = staff.create(patient(null, "Odile", surname, "1981-06-16", email, "514 555 0192")).path("id").asText();

        people.registerWithThePasswordOnTheForm(email, "Odile", surname, "1981-06-16", "514-555-0192");

        assertNotLinked(record, email);
    }

    @Test
    void whereAnIdentityProviderIsTrustedForItsEmailsTheEmailProvesNothing() throws Exception {
        trustAnIdentityProvidersEmails();
        String surname = uniqueSurname("Bernier");
        String email = surname.toLowerCase() + "@family.test";
        String record = staff.create(patient(null, "Odile", surname, "1981-06-16", email, "514 555 0193")).path("id").asText();

        people.register(email, "Odile", surname, "1981-06-16", "514-555-0193");

        assertNotLinked(record, email);
    }

    private void assertNotLinked(String record, String email) {
        assertThat(people.queueEntryOf(email).path("status").asText()).as("the realm's verified email is no proof here").isEqualTo("PENDING");
        assertThat(people.patientsOf(email)).singleElement().satisfies(mine -> assertThat(mine.path("patientId").asText()).isNotEqualTo(record));
        assertThat(staff.get("/" + record + "/accounts?includeEnded=true").json())
                .noneSatisfy(grant -> assertThat(grant.path("relationship").asText()).isEqualTo("SELF"));
    }

    /** The realm's registration flow asks for the password on the form, before the email is verified (put back after the test). */
    private void setThePasswordOnTheRegistrationForm() {
        AuthenticationManagementResource flows = realm.admin().flows();
        String flow = realm.admin().toRepresentation().getRegistrationFlow();
        AuthenticationExecutionInfoRepresentation passwordStep = flows.getExecutions(flow).stream()
                .filter(execution -> PASSWORD_STEP.equals(execution.getProviderId()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + PASSWORD_STEP + " in the flow " + flow));
        AuthenticatorConfigRepresentation config = new AuthenticatorConfigRepresentation();
        config.setAlias("password-on-the-registration-form");
        config.setConfig(Map.of("always_set_password_on_register_form", "true"));
        try (Response created = flows.newExecutionConfig(passwordStep.getId(), config)) {
            assertThat(created.getStatus()).isEqualTo(201);
            String configId = ApiUtil.getCreatedId(created);
            realm.cleanup().add(r -> r.flows().removeAuthenticatorConfig(configId));
        }
    }

    /** An enabled OpenID Connect provider (pointing nowhere) whose emails the realm trusts as verified (removed after the test). */
    private void trustAnIdentityProvidersEmails() {
        IdentityProviderRepresentation provider = new IdentityProviderRepresentation();
        provider.setAlias(TRUSTED_PROVIDER);
        provider.setProviderId("oidc");
        provider.setEnabled(true);
        provider.setTrustEmail(true);
        provider.setConfig(Map.of("authorizationUrl", "https://idp.invalid/auth", "tokenUrl", "https://idp.invalid/token",
                "clientId", "clinic", "clientSecret", "not-a-secret", "clientAuthMethod", "client_secret_post"));
        try (Response created = realm.admin().identityProviders().create(provider)) {
            assertThat(created.getStatus()).isEqualTo(201);
        }
        realm.cleanup().add(r -> r.identityProviders().get(TRUSTED_PROVIDER).remove());
    }
}
