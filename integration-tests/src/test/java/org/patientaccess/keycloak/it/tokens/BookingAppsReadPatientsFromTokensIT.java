package org.patientaccess.keycloak.it.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.tokens.TokenFamily.ids;

import java.net.URI;
import java.net.http.HttpRequest;

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
import org.patientaccess.keycloak.it.support.realm.BookingClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class BookingAppsReadPatientsFromTokensIT {

    /** A realm per test: each test builds its own family from nothing. */
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
    void everyKindOfTokenListsThePatientsTheUserMayActForWithoutHealthData() {
        String maria = family.newPatient("Maria", "1984-06-02");
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mateo = family.newPatient("Mateo", "2017-08-23");
        family.newPatient("Someone", "1990-01-01");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        family.grant(maria, ClinicRealm.MOTHER, "SELF");
        family.grant(mateo, ClinicRealm.MOTHER, "PARENT");

        Tokens tokens = app.logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid");

        JsonNode inAccessToken = tokens.accessTokenClaims().path("patients");
        assertThat(ids(inAccessToken)).as("own record first, then in the order granted").containsExactly(maria, sofia, mateo);
        JsonNode sofiaEntry = inAccessToken.get(1);
        assertThat(sofiaEntry.path("relationship").asText()).isEqualTo("PARENT");
        assertThat(sofiaEntry.path("permissions").toString()).isEqualTo("[\"BOOK\",\"VIEW\"]");
        assertThat(sofiaEntry.fieldNames()).toIterable().containsExactly("id", "relationship", "permissions");
        assertThat(tokens.accessTokenClaims().has("patients_truncated")).isFalse();
        assertThat(tokens.idTokenClaims().path("patients")).isEqualTo(inAccessToken);
        assertThat(app.userInfo(tokens.accessToken()).json().path("patients")).isEqualTo(inAccessToken);
        JsonNode introspection = app.introspect(tokens.accessToken()).json();
        assertThat(introspection.path("active").asBoolean()).isTrue();
        assertThat(introspection.path("patients")).isEqualTo(inAccessToken);
        assertThat(tokens.response().has("patient")).as("no patient chosen without patient-context").isFalse();
        assertThat(tokens.accessTokenClaims().path("email").asText()).as("Keycloak's own scopes are there too").isEqualTo(ClinicRealm.MOTHER);
    }

    @Test
    void someoneWhoActsForNobodyGetsAnEmptyList() {
        Tokens tokens = app.logIn(browser, ClinicRealm.GRANDMOTHER, ClinicRealm.PASSWORD, "openid");

        assertThat(tokens.accessTokenClaims().path("patients").isArray()).isTrue();
        assertThat(tokens.accessTokenClaims().path("patients")).isEmpty();
    }

    @Test
    void namesAndBirthDatesAppearOnlyWhereAMapperIsSetToIncludeThem() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");

        Tokens tokens = app.logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid patients-with-details");

        JsonNode details = tokens.accessTokenClaims().path("patient_details").get(0);
        assertThat(details.path("given_name").asText()).isEqualTo("Sofia");
        assertThat(details.path("family_name").asText()).startsWith("Garcia");
        assertThat(details.path("birthdate").asText()).isEqualTo("2014-03-09");
        assertThat(tokens.idTokenClaims().has("patient_details")).isFalse();
        assertThat(tokens.accessTokenClaims().path("patients").get(0).has("given_name")).isFalse();
    }

    @Test
    void anEndedGrantIsGoneFromTheNextRefreshAndUserinfo() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mateo = family.newPatient("Mateo", "2017-08-23");
        String sofiaGrant = family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        family.grant(mateo, ClinicRealm.MOTHER, "PARENT");
        Tokens tokens = app.logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid");
        assertThat(ids(tokens.accessTokenClaims().path("patients"))).containsExactly(sofia, mateo);

        family.endGrant(sofia, sofiaGrant);

        assertThat(ids(app.userInfo(tokens.accessToken()).json().path("patients"))).containsExactly(mateo);
        assertThat(ids(app.introspect(tokens.accessToken()).json().path("patients"))).containsExactly(mateo);
        Tokens refreshed = new Tokens(app.refresh(tokens.refreshToken()).json());
        assertThat(ids(refreshed.accessTokenClaims().path("patients"))).containsExactly(mateo);
        assertThat(ids(refreshed.idTokenClaims().path("patients"))).containsExactly(mateo);
    }

    @Test
    void anArchivedRecordIsLeftOut() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mateo = family.newPatient("Mateo", "2017-08-23");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        family.grant(mateo, ClinicRealm.MOTHER, "PARENT");

        family.archive(sofia);

        Tokens tokens = app.logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid");
        assertThat(ids(tokens.accessTokenClaims().path("patients"))).containsExactly(mateo);
    }

    @Test
    void aMergedRecordAppearsUnderTheSurvivorsId() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String duplicate = family.newPatient("Sofia", "2014-03-09");
        family.grant(duplicate, ClinicRealm.MOTHER, "PARENT");
        Tokens before = app.logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid");
        assertThat(ids(before.accessTokenClaims().path("patients"))).containsExactly(duplicate);

        family.merge(sofia, duplicate);

        Tokens refreshed = new Tokens(app.refresh(before.refreshToken()).json());
        assertThat(ids(refreshed.accessTokenClaims().path("patients"))).containsExactly(sofia);
    }

    @Test
    void theListStopsAtTheMappersCapAndSaysSo() {
        for (int i = 0; i <= BookingClinicRealm.MAX_PATIENTS; i++) {
            family.grant(family.newPatient("Child" + (char) ('a' + i), "2015-01-0" + (i + 1)), ClinicRealm.FATHER, "PARENT");
        }

        PatientAccessApi.offerPatientAccessScope(realm.admin(), BookingApp.CLIENT_ID);
        Tokens tokens = app.logIn(browser, ClinicRealm.FATHER, ClinicRealm.PASSWORD, "openid " + PatientAccessApi.PATIENT_ACCESS_SCOPE);

        assertThat(tokens.accessTokenClaims().path("patients")).hasSize(BookingClinicRealm.MAX_PATIENTS);
        assertThat(tokens.accessTokenClaims().path("patients_truncated").asBoolean()).isTrue();
        PatientAccessApi father = PatientAccessApi.withToken(urls.getBase(), realm.getName(), tokens.accessToken()).me();
        assertThat(father.get("/patients").json()).as("the whole list, from the API").hasSize(BookingClinicRealm.MAX_PATIENTS + 1);
    }

    @Test
    void aBrowserAppOfTheTokensOriginMayCallThePatientApi() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        PatientAccessApi.offerPatientAccessScope(realm.admin(), BookingApp.CLIENT_ID);
        Tokens tokens = app.logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid " + PatientAccessApi.PATIENT_ACCESS_SCOPE);
        URI patients = URI.create(urls.getBase() + "/realms/" + realm.getName() + "/patient-access/me/patients");

        ApiResponse preflight = PatientAccessApi.send(HttpRequest.newBuilder(patients).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", Browser.APP_ORIGIN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").build());
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(Browser.APP_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")).containsIgnoringCase("Authorization");

        ApiResponse mine = PatientAccessApi.send(HttpRequest.newBuilder(patients).header("Origin", Browser.APP_ORIGIN)
                .header("Authorization", "Bearer " + tokens.accessToken()).GET().build());
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Access-Control-Allow-Origin")).hasValue(Browser.APP_ORIGIN);
        assertThat(mine.json().get(0).path("patientId").asText()).isEqualTo(sofia);

        ApiResponse elsewhere = PatientAccessApi.send(HttpRequest.newBuilder(patients).header("Origin", "https://evil.example")
                .header("Authorization", "Bearer " + tokens.accessToken()).GET().build());
        assertThat(elsewhere.status()).as("an origin the client does not name").isEqualTo(403);
    }
}
