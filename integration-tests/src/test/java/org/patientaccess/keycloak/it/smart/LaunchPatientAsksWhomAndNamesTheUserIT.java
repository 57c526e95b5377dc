package org.patientaccess.keycloak.it.smart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.oidc.BookingApp;
import org.patientaccess.keycloak.it.support.oidc.Tokens;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.SmartClinicRealm;
import org.patientaccess.keycloak.it.tokens.TokenFamily;

/**
 * A SMART app's standalone patient launch (authorization code with PKCE) against the scopes every
 * realm keeps: {@code launch/patient} asks whom the user acts for and names that patient beside the
 * tokens, {@code fhirUser} names the user, {@code patient/*.rs} lists whom they may act for.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class LaunchPatientAsksWhomAndNamesTheUserIT {

    private static final String LAUNCH = "openid fhirUser launch/patient patient/*.rs";

    @InjectRealm(config = SmartClinicRealm.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private TokenFamily family;
    private BookingApp app;
    private final Browser browser = new Browser();

    @BeforeEach
    void setUp() {
        family = new TokenFamily(PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD));
        app = new BookingApp(urls.getBase(), realm.getName(), SmartClinicRealm.SMART_APP);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aParentWhoChoosesHerChildIsTheRelatedPersonOfHerGrantOnTheChild() {
        String maria = family.newPatient("Maria", "1984-06-02");
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mateo = family.newPatient("Mateo", "2017-08-23");
        family.grant(maria, ClinicRealm.MOTHER, "SELF");
        String sofiaGrant = family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        family.grant(mateo, ClinicRealm.MOTHER, "PARENT");

        String verifier = app.startLogin(browser, LAUNCH);
        browser.logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
        assertThat(browser.has("patient-picker")).as(browser.text()).isTrue();
        browser.click("patient-" + sofia);
        Tokens tokens = app.finishLogin(browser, verifier);

        String relatedPerson = fhirBase(tokens) + "/RelatedPerson/" + sofiaGrant;
        assertThat(tokens.response().path("patient").asText()).isEqualTo(sofia);
        assertThat(tokens.response().path("need_patient_banner").isBoolean()).isTrue();
        assertThat(tokens.response().path("need_patient_banner").asBoolean()).isTrue();
        assertThat(tokens.response().path("scope").asText().split(" ")).contains("openid", "fhirUser", "launch/patient", "patient/*.rs");
        assertThat(tokens.idTokenClaims().path("fhirUser").asText()).isEqualTo(relatedPerson);
        assertThat(app.userInfo(tokens.accessToken()).json().path("fhirUser").asText()).isEqualTo(relatedPerson);
        assertThat(tokens.accessTokenClaims().has("fhirUser")).as("ID token and userinfo only").isFalse();
        assertThat(tokens.accessTokenClaims().path("patient").asText()).isEqualTo(sofia);
        assertThat(TokenFamily.ids(tokens.accessTokenClaims().path("patients"))).containsExactly(maria, sofia, mateo);

        Tokens refreshed = new Tokens(app.refresh(tokens.refreshToken()).json());
        assertThat(refreshed.idTokenClaims().path("fhirUser").asText()).as("the choice lasts the session").isEqualTo(relatedPerson);
        assertThat(refreshed.response().path("patient").asText()).isEqualTo(sofia);
        assertThat(refreshed.response().path("need_patient_banner").asBoolean()).isTrue();
    }

    @Test
    void aParentWhoChoosesHerselfIsHerOwnPatient() {
        String maria = family.newPatient("Maria", "1984-06-02");
        String sofia = family.newPatient("Sofia", "2014-03-09");
        family.grant(maria, ClinicRealm.MOTHER, "SELF");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");

        String verifier = app.startLogin(browser, LAUNCH);
        browser.logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD).click("patient-" + maria);
        Tokens tokens = app.finishLogin(browser, verifier);

        assertThat(tokens.response().path("patient").asText()).isEqualTo(maria);
        assertThat(tokens.idTokenClaims().path("fhirUser").asText()).isEqualTo(fhirBase(tokens) + "/Patient/" + maria);
    }

    @Test
    void someoneWithOnePatientIsNotAskedAndIsThatPatient() {
        String luis = family.newPatient("Luis", "1982-11-20");
        family.grant(luis, ClinicRealm.FATHER, "SELF");

        Tokens tokens = app.logIn(browser, ClinicRealm.FATHER, ClinicRealm.PASSWORD, LAUNCH);

        assertThat(tokens.response().path("patient").asText()).isEqualTo(luis);
        assertThat(tokens.response().path("need_patient_banner").asBoolean()).isTrue();
        assertThat(tokens.idTokenClaims().path("fhirUser").asText()).isEqualTo(fhirBase(tokens) + "/Patient/" + luis);
    }

    @Test
    void someoneWithNoPatientGetsNeitherPatientNorFhirUser() {
        Tokens tokens = app.logIn(browser, ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD, LAUNCH);

        assertThat(tokens.response().has("patient")).isFalse();
        assertThat(tokens.response().has("need_patient_banner")).isFalse();
        assertThat(tokens.idTokenClaims().has("fhirUser")).isFalse();
        assertThat(tokens.accessTokenClaims().path("patients").isArray()).isTrue();
        assertThat(tokens.accessTokenClaims().path("patients")).isEmpty();
    }

    @Test
    void patientScopesWithoutLaunchPatientListWhomTheUserMayActForAndChooseNobody() {
        String maria = family.newPatient("Maria", "1984-06-02");
        String sofia = family.newPatient("Sofia", "2014-03-09");
        family.grant(maria, ClinicRealm.MOTHER, "SELF");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");

        Tokens tokens = app.logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid fhirUser patient/*.rs patient/Patient.rs");

        assertThat(tokens.response().has("patient")).isFalse();
        assertThat(tokens.response().has("need_patient_banner")).isFalse();
        assertThat(tokens.accessTokenClaims().has("patient")).isFalse();
        assertThat(TokenFamily.ids(tokens.accessTokenClaims().path("patients"))).containsExactly(maria, sofia);
        assertThat(tokens.idTokenClaims().path("fhirUser").asText()).as("no patient chosen: her own record")
                .isEqualTo(fhirBase(tokens) + "/Patient/" + maria);
    }

    @Test
    void withoutTheScopesTheTokensSayNothingOfPatients() {
        family.grant(family.newPatient("Maria", "1984-06-02"), ClinicRealm.MOTHER, "SELF");

        Tokens tokens = app.logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid");

        assertThat(tokens.accessTokenClaims().has("patients")).isFalse();
        assertThat(tokens.idTokenClaims().has("fhirUser")).isFalse();
        assertThat(tokens.response().has("patient")).isFalse();
    }

    @Test
    void whenHerGrantOnTheChosenChildEndsSheIsNoLongerItsRelatedPerson() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mateo = family.newPatient("Mateo", "2017-08-23");
        String sofiaGrant = family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        family.grant(mateo, ClinicRealm.MOTHER, "PARENT");
        String verifier = app.startLogin(browser, LAUNCH);
        browser.logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD).click("patient-" + sofia);
        Tokens tokens = app.finishLogin(browser, verifier);
        assertThat(tokens.idTokenClaims().path("fhirUser").asText()).endsWith("/RelatedPerson/" + sofiaGrant);

        family.endGrant(sofia, sofiaGrant);

        ApiResponse refresh = app.refresh(tokens.refreshToken());
        assertThat(refresh.status()).isEqualTo(400);
        assertThat(refresh.json().path("error").asText()).isEqualTo("invalid_grant");
        JsonNode userInfo = app.userInfo(tokens.accessToken()).json();
        assertThat(userInfo.has("fhirUser")).as(userInfo.toString()).isFalse();
    }

    /** The realm's FHIR base, from the issuer Keycloak put in the tokens. */
    private static String fhirBase(Tokens tokens) {
        return tokens.idTokenClaims().path("iss").asText() + "/patient-access/fhir";
    }
}
