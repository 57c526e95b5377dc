package org.patientaccess.keycloak.it.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.tokens.TokenFamily.ids;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.oidc.BookingApp;
import org.patientaccess.keycloak.it.support.oidc.Tokens;
import org.patientaccess.keycloak.it.support.realm.BookingClinicRealm;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * The list of patients in tokens is kept in memory with the account (Keycloak's user cache) once a
 * token has read it. Each test first has it read (a login and a userinfo), then changes it through
 * the staff API in one of the ways that alter it, and the very next userinfo, introspection or refresh
 * shows the change: none of them may be answered from the list read before.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class TheListKeptInMemoryFollowsEveryChangeAtTheNextTokenIT {

    @InjectRealm(config = BookingClinicRealm.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

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
    void aNewGrantIsListedAtTheNextUserinfo() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mateo = family.newPatient("Mateo", "2017-08-23");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        Tokens tokens = signedInAndRead(sofia);

        family.grant(mateo, ClinicRealm.MOTHER, "PARENT");

        assertThat(ids(app.userInfo(tokens.accessToken()).json().path("patients"))).containsExactly(sofia, mateo);
        assertThat(ids(app.introspect(tokens.accessToken()).json().path("patients"))).containsExactly(sofia, mateo);
    }

    @Test
    void changedPermissionsShowAtTheNextUserinfoIntrospectionAndRefresh() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String grant = family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        Tokens tokens = signedInAndRead(sofia);

        family.changePermissions(sofia, grant, "GUARDIAN", List.of("BOOK"));

        assertThat(only(app.userInfo(tokens.accessToken()).json().path("patients"))).isEqualTo("GUARDIAN [\"BOOK\"]");
        assertThat(only(app.introspect(tokens.accessToken()).json().path("patients"))).isEqualTo("GUARDIAN [\"BOOK\"]");
        Tokens refreshed = new Tokens(app.refresh(tokens.refreshToken()).json());
        assertThat(only(refreshed.accessTokenClaims().path("patients"))).isEqualTo("GUARDIAN [\"BOOK\"]");
    }

    @Test
    void anArchivedRecordLeavesAtOnceAndComesBackWhenRestored() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mateo = family.newPatient("Mateo", "2017-08-23");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        family.grant(mateo, ClinicRealm.MOTHER, "PARENT");
        Tokens tokens = signedInAndRead(sofia, mateo);

        family.archive(sofia);
        assertThat(ids(app.userInfo(tokens.accessToken()).json().path("patients"))).containsExactly(mateo);

        family.replace(sofia, "Sofia", family.lastName(sofia), "2014-03-09", "ACTIVE");
        assertThat(ids(app.userInfo(tokens.accessToken()).json().path("patients"))).containsExactly(sofia, mateo);
    }

    @Test
    void aRenamedRecordShowsItsNewNameWhereNamesAreIncluded() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        Tokens tokens = app.logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid patients-with-details");
        assertThat(tokens.accessTokenClaims().path("patient_details").get(0).path("given_name").asText()).isEqualTo("Sofia");
        assertThat(app.userInfo(tokens.accessToken()).status()).as("read again, from memory").isEqualTo(200);

        family.replace(sofia, "Sophie", family.lastName(sofia), "2014-03-19", "ACTIVE");

        JsonNode details = new Tokens(app.refresh(tokens.refreshToken()).json()).accessTokenClaims().path("patient_details").get(0);
        assertThat(details.path("given_name").asText()).isEqualTo("Sophie");
        assertThat(details.path("birthdate").asText()).isEqualTo("2014-03-19");
    }

    @Test
    void aMergeAndItsUndoMoveTheListBetweenTheTwoIds() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String duplicate = family.newPatient("Sofia", "2014-03-09");
        family.grant(duplicate, ClinicRealm.MOTHER, "PARENT");
        Tokens tokens = signedInAndRead(duplicate);

        String merge = family.merge(sofia, duplicate);
        assertThat(ids(app.userInfo(tokens.accessToken()).json().path("patients"))).containsExactly(sofia);

        family.undoMerge(merge);
        assertThat(ids(app.userInfo(tokens.accessToken()).json().path("patients"))).containsExactly(duplicate);
    }

    @Test
    void aGrantThatLapsesLeavesTheListAtItsTimeThoughTheListIsInMemory() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mateo = family.newPatient("Mateo", "2017-08-23");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        family.grantUntil(mateo, ClinicRealm.MOTHER, "CAREGIVER", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());
        signedInAndRead(sofia, mateo);

        // Two days on, nothing changed in the database: only the grant's own end removes Mateo.
        timeOffSet.set(2 * 24 * 60 * 60);
        try (Browser later = new Browser()) {
            Tokens tokens = app.logIn(later, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid");
            assertThat(ids(tokens.accessTokenClaims().path("patients"))).containsExactly(sofia);
            assertThat(ids(app.userInfo(tokens.accessToken()).json().path("patients"))).containsExactly(sofia);
        } finally {
            timeOffSet.set(0);
        }
    }

    /** The mother signs in and a userinfo reads her list, so that it is in memory from then on. */
    private Tokens signedInAndRead(String... expected) {
        Tokens tokens = app.logIn(browser, ClinicRealm.MOTHER, ClinicRealm.PASSWORD, "openid");
        assertThat(ids(tokens.accessTokenClaims().path("patients"))).containsExactly(expected);
        assertThat(ids(app.userInfo(tokens.accessToken()).json().path("patients"))).containsExactly(expected);
        return tokens;
    }

    /** The one entry of a claim, as its relationship and permissions. */
    private static String only(JsonNode patients) {
        assertThat(patients).hasSize(1);
        return patients.get(0).path("relationship").asText() + " " + patients.get(0).path("permissions");
    }
}
