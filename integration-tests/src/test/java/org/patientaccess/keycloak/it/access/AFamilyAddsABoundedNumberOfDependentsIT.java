package org.patientaccess.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegistrationQueue;

/**
 * A family adds dependents within the clinic's bounds: at most {@code patientAccess.maxDependentsPerAccount}
 * (default 10) that an account acts for, and at most {@code patientAccess.maxDependentsPerDay} (default 10)
 * added in a rolling day, left ones included. A refused addition writes nothing.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class AFamilyAddsABoundedNumberOfDependentsIT {

    private static final List<String> FIRST_NAMES = List.of("Ada", "Ben", "Cleo", "Dara", "Eva", "Finn", "Gus", "Hana", "Ivo", "Jade", "Kai");

    /** A realm per test: each test's family starts with no dependents and a day with none added. */
    @InjectRealm(config = ClinicRealm.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private RegistrationQueue queue;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        queue = new RegistrationQueue(reception, realm.getName());
    }

    @Test
    void anAccountAddsTenDependentsAndTheEleventhIsRefusedWithNothingWritten() {
        PatientAccessApi family = as(ClinicRealm.MOTHER);
        String surname = uniqueSurname("Okafor");
        for (int i = 0; i < 10; i++) {
            ApiResponse added = family.post("/dependents", dependent(i, surname));
            assertThat(added.status()).as("dependent " + (i + 1) + ": " + added).isEqualTo(201);
        }
        long pending = queue.pending();
        String eleventh = uniqueSurname("Okafor");

        ApiResponse refused = family.post("/dependents", dependent(10, eleventh));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("field").asText()).isEqualTo("dependents");
        assertThat(refused.json().path("errorMessage").asText()).as("names the bound").contains("10");
        assertNothingWritten(family, 10, pending, eleventh);
    }

    @Test
    void aClinicThatAllowsThreeADayRefusesTheFourthWithWhenToTryAgainAndWritesNothing() {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.maxDependentsPerDay", "3"));
        PatientAccessApi family = as(ClinicRealm.FATHER);
        String surname = uniqueSurname("Okafor");
        for (int i = 0; i < 3; i++) {
            ApiResponse added = family.post("/dependents", dependent(i, surname));
            assertThat(added.status()).as("dependent " + (i + 1) + ": " + added).isEqualTo(201);
        }
        long pending = queue.pending();
        String fourth = uniqueSurname("Okafor");

        ApiResponse refused = family.post("/dependents", dependent(3, fourth));

        assertRefusedForTheDay(refused);
        assertNothingWritten(family, 3, pending, fourth);
    }

    @Test
    void dependentsAddedAndThenLeftStillCountAgainstTheDay() {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.maxDependentsPerDay", "3"));
        PatientAccessApi family = as(ClinicRealm.GRANDMOTHER);
        String surname = uniqueSurname("Okafor");
        for (int i = 0; i < 3; i++) {
            ApiResponse added = family.post("/dependents", dependent(i, surname));
            assertThat(added.status()).as("dependent " + (i + 1) + ": " + added).isEqualTo(201);
            ApiResponse left = family.delete("/patients/" + added.json().path("grantId").asText());
            assertThat(left.status()).as(left.toString()).isEqualTo(204);
        }
        long pending = queue.pending();
        String fourth = uniqueSurname("Okafor");

        ApiResponse refused = family.post("/dependents", dependent(3, fourth));

        assertRefusedForTheDay(refused);
        assertNothingWritten(family, 0, pending, fourth);
    }

    private static void assertRefusedForTheDay(ApiResponse refused) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).as("says when to try again").hasValueSatisfying(value -> assertThat(value).isNotBlank());
        assertThat(refused.json().path("field").asText()).isEqualTo("dependents");
    }

    /** The family still acts for {@code dependents} dependents, no entry joined the queue, and no record has the refused surname. */
    private void assertNothingWritten(PatientAccessApi family, int dependents, long pending, String refusedSurname) {
        JsonNode mine = family.get("/patients").json();
        assertThat(mine).filteredOn(p -> p.path("relationship").asText().equals("GUARDIAN")).hasSize(dependents);
        assertThat(queue.pending()).as("no new queue entry").isEqualTo(pending);
        assertThat(reception.count("?lastName=" + refusedSurname + "&status=any")).as("no record of the refused dependent").isZero();
    }

    private static Object dependent(int i, String surname) {
        return patient(null, FIRST_NAMES.get(i), surname, "2015-01-" + (10 + i), null, null);
    }

    private PatientAccessApi as(String username) {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, username, ClinicRealm.PASSWORD);
    }
}
