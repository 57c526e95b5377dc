package org.patientaccess.keycloak.it.tokens;

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
import org.patientaccess.keycloak.it.support.browser.SecurityHeaders;
import org.patientaccess.keycloak.it.support.oidc.BookingApp;
import org.patientaccess.keycloak.it.support.oidc.Tokens;
import org.patientaccess.keycloak.it.support.realm.BookingClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class PatientsAreChosenAtLoginIT {

    private static final String PATIENT_CONTEXT = "openid patient-context";

    @InjectRealm(config = BookingClinicRealm.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private TokenFamily family;
    private BookingApp app;
    private final Browser browser = new Browser();

    @BeforeEach
    void setUp() {
        family = new TokenFamily(PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD));
        app = new BookingApp(urls.getBase(), realm.getName());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aParentChoosesAChildAndEveryTokenNamesThatChild() {
        String maria = family.newPatient("Maria", "1984-06-02");
        String sofia = family.newPatient("Sofia", "2014-03-09");
        family.grant(maria, ClinicRealm.MOTHER, "SELF");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");

        String verifier = app.startLogin(browser, PATIENT_CONTEXT);
        browser.logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
        assertThat(browser.has("patient-picker")).as(browser.text()).isTrue();
        assertThat(browser.text()).contains("Who are you booking for?", "Maria", "(you)", "Sofia", "(you are their parent)", "March 9, 2014");
        SecurityHeaders.ofLoginPage(urls.getBase(), realm.getName())
                .forEach((header, value) -> assertThat(browser.header(header)).as(header).isEqualTo(value));
        browser.click("patient-" + sofia);
        Tokens tokens = app.finishLogin(browser, verifier);

        assertThat(tokens.response().path("patient").asText()).as("SMART-style, beside the tokens").isEqualTo(sofia);
        assertThat(tokens.accessTokenClaims().path("patient").asText()).isEqualTo(sofia);
        assertThat(tokens.idTokenClaims().path("patient").asText()).isEqualTo(sofia);
        assertThat(app.userInfo(tokens.accessToken()).json().path("patient").asText()).isEqualTo(sofia);
        assertThat(app.introspect(tokens.accessToken()).json().path("patient").asText()).isEqualTo(sofia);
        Tokens refreshed = new Tokens(app.refresh(tokens.refreshToken()).json());
        assertThat(refreshed.accessTokenClaims().path("patient").asText()).as("the choice lasts the session").isEqualTo(sofia);
        assertThat(refreshed.response().path("patient").asText()).isEqualTo(sofia);
    }

    @Test
    void someoneWithOnePatientIsNotAsked() {
        String mateo = family.newPatient("Mateo", "2017-08-23");
        family.grant(mateo, ClinicRealm.FATHER, "PARENT");

        Tokens tokens = app.logIn(browser, ClinicRealm.FATHER, ClinicRealm.PASSWORD, PATIENT_CONTEXT);

        assertThat(tokens.accessTokenClaims().path("patient").asText()).isEqualTo(mateo);
    }

    @Test
    void someoneWithNoPatientIsNotAskedAndGetsNoPatient() {
        Tokens tokens = app.logIn(browser, ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD, PATIENT_CONTEXT);

        assertThat(tokens.accessTokenClaims().has("patient")).isFalse();
        assertThat(tokens.response().has("patient")).isFalse();
    }

    @Test
    void aForgedChoiceIsRefusedAndNeverReachesAToken() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mateo = family.newPatient("Mateo", "2017-08-23");
        String stranger = family.newPatient("Stranger", "2001-01-01");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        family.grant(mateo, ClinicRealm.MOTHER, "PARENT");
        family.grant(stranger, ClinicRealm.GRANDMOTHER, "SELF");

        String verifier = app.startLogin(browser, PATIENT_CONTEXT);
        browser.logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
        browser.clickSending("patient-" + sofia, stranger);

        assertThat(browser.status()).isEqualTo(400);
        assertThat(browser.text()).contains("Choose one of the people listed.").doesNotContain("Stranger");
        browser.click("patient-" + mateo);
        assertThat(app.finishLogin(browser, verifier).accessTokenClaims().path("patient").asText()).isEqualTo(mateo);
    }

    @Test
    void aRefreshTokenBoundToAPatientWhoseGrantEndedIsRefused() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mateo = family.newPatient("Mateo", "2017-08-23");
        String sofiaGrant = family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        family.grant(mateo, ClinicRealm.MOTHER, "PARENT");
        Tokens tokens = motherChooses(sofia);

        family.endGrant(sofia, sofiaGrant);

        ApiResponse refresh = app.refresh(tokens.refreshToken());
        assertThat(refresh.status()).isEqualTo(400);
        assertThat(refresh.json().path("error").asText()).isEqualTo("invalid_grant");
        JsonNode userInfo = app.userInfo(tokens.accessToken()).json();
        assertThat(userInfo.has("patient")).isFalse();
        assertThat(TokenFamily.ids(userInfo.path("patients"))).containsExactly(mateo);
    }

    @Test
    void aLaterLoginWithoutPatientContextIsNotBoundToTheEarlierChoice() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mateo = family.newPatient("Mateo", "2017-08-23");
        String sofiaGrant = family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        family.grant(mateo, ClinicRealm.MOTHER, "PARENT");
        motherChooses(sofia);
        // The same browser signs in to the same app again (single sign-on), this time asking for no patient.
        Tokens plain = app.finishLogin(browser, app.startLogin(browser, "openid"));

        family.endGrant(sofia, sofiaGrant);

        ApiResponse refresh = app.refresh(plain.refreshToken());
        assertThat(refresh.status()).as(refresh.toString()).isEqualTo(200);
        assertThat(new Tokens(refresh.json()).accessTokenClaims().has("patient")).isFalse();
    }

    @Test
    void aChosenRecordThatIsMergedLivesOnAsTheSurvivor() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String duplicate = family.newPatient("Sofia", "2014-03-09");
        String mateo = family.newPatient("Mateo", "2017-08-23");
        family.grant(duplicate, ClinicRealm.MOTHER, "PARENT");
        family.grant(mateo, ClinicRealm.MOTHER, "PARENT");
        Tokens tokens = motherChooses(duplicate);

        family.merge(sofia, duplicate);

        ApiResponse refresh = app.refresh(tokens.refreshToken());
        assertThat(refresh.status()).as(refresh.toString()).isEqualTo(200);
        assertThat(new Tokens(refresh.json()).accessTokenClaims().path("patient").asText()).isEqualTo(sofia);
    }

    @Test
    void aClientThatDoesNotAskForAPatientShowsNoPicker() {
        family.grant(family.newPatient("Sofia", "2014-03-09"), ClinicRealm.MOTHER, "PARENT");
        family.grant(family.newPatient("Mateo", "2017-08-23"), ClinicRealm.MOTHER, "PARENT");

        Tokens tokens = app.logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid");

        assertThat(tokens.accessTokenClaims().has("patient")).isFalse();
    }

    /** The mother signs in to the booking app with patient-context and picks this patient. */
    private Tokens motherChooses(String patientId) {
        String verifier = app.startLogin(browser, PATIENT_CONTEXT);
        browser.logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD).click("patient-" + patientId);
        return app.finishLogin(browser, verifier);
    }
}
