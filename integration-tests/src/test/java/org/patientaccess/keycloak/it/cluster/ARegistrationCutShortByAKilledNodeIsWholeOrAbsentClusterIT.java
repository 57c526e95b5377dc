package org.patientaccess.keycloak.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.cluster.ClusterDatabase;
import org.patientaccess.keycloak.it.support.cluster.ClusterExtension;
import org.patientaccess.keycloak.it.support.cluster.ClusterRealm;
import org.patientaccess.keycloak.it.support.cluster.TwoNodeCluster;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * People registering online on node B when it is killed ({@code kill -9}) as they set their password,
 * the step after which the registration is matched and queued: each registration is then whole (its
 * provisional record, its SELF grant and its queue entry) or absent, and the person finishes it on
 * node A, by logging in or, when the password was lost with the rest, by "Forgot password".
 */
@ExtendWith(ClusterExtension.class)
class ARegistrationCutShortByAKilledNodeIsWholeOrAbsentClusterIT {

    private static final int PEOPLE = 4;
    private static final long STAGGER_MILLIS = 700;
    private static final String PASSWORD = "Str0ng-passphrase!";
    private static final String NEW_PASSWORD = "An0ther-passphrase!";

    private record Person(String email, Browser browser) {
    }

    @Test
    void registrationsCutShortByAKilledNodeAreWholeOrAbsentAndFinishOnTheOtherNode() throws Exception {
        TwoNodeCluster cluster = TwoNodeCluster.running();
        ClusterRealm realm = cluster.newRealm(new ClinicRealm(), "killed-registration");
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String surname = uniqueSurname("Roy");
            String email = surname.toLowerCase() + "@family.test";
            Browser browser = realm.registeringOn(cluster.b(), email, "Julie", surname, "1975-09-30", "");
            assertThat(browser.has("kc-passwd-update-form")).as(browser.text()).isTrue();
            people.add(new Person(email, browser));
        }

        ExecutorService threads = Executors.newFixedThreadPool(PEOPLE);
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        // Sent a little apart, so that the kill finds some done and some still in flight.
        for (Person person : people) {
            inFlight.add(CompletableFuture.runAsync(() -> person.browser().submit("kc-passwd-update-form",
                    Map.of("password-new", PASSWORD, "password-confirm", PASSWORD)), threads));
            Thread.sleep(STAGGER_MILLIS);
        }
        cluster.b().kill();
        for (CompletableFuture<?> flow : inFlight) {
            flow.handle((done, failure) -> null).join();
        }
        threads.shutdown();
        threads.awaitTermination(30, TimeUnit.SECONDS);
        people.forEach(person -> person.browser().close());

        ClusterDatabase database = cluster.database();
        int whole = 0;
        int passwordsLost = 0;
        for (Person person : people) {
            String userId = userId(realm, cluster, person.email());
            whole += assertWholeOrAbsent(database, userId, person.email()) ? 1 : 0;
            passwordsLost += finishOnA(cluster, realm, person.email()) ? 1 : 0;
            assertThat(database.number("SELECT count(*) FROM pa_online_registration WHERE user_id = ?", userId))
                    .as("one queue entry for %s after finishing on A", person.email()).isEqualTo(1);
            assertThat(database.number("SELECT count(*) FROM pa_access_grant WHERE user_id = ? AND relationship = 'SELF'", userId))
                    .as("one SELF grant for %s after finishing on A", person.email()).isEqualTo(1);
        }

        System.out.printf("Registrations cut short by a killed node: %d whole, %d absent (%d of them with the password lost too);"
                + " all %d finished on the other node%n", whole, PEOPLE - whole, passwordsLost, PEOPLE);
        cluster.restart(cluster.b());
    }

    /** Its queue entry, its SELF grant and its provisional record together, or none of them: whether they are there. */
    private static boolean assertWholeOrAbsent(ClusterDatabase database, String userId, String email) {
        long entries = database.number("SELECT count(*) FROM pa_online_registration WHERE user_id = ?", userId);
        long grants = database.number("SELECT count(*) FROM pa_access_grant WHERE user_id = ?", userId);
        long records = database.number("SELECT count(*) FROM pa_patient_record p JOIN pa_access_grant g ON g.patient_id = p.id"
                + " WHERE g.user_id = ?", userId);
        assertThat(List.of(entries, grants, records)).as("queue entry, grant, record of %s", email)
                .isIn(List.of(0L, 0L, 0L), List.of(1L, 1L, 1L));
        return entries == 1;
    }

    /**
     * Logs in on A with the password; if the password was lost with the rest, sets a new one by
     * "Forgot password". Whether it took "Forgot password".
     */
    private static boolean finishOnA(TwoNodeCluster cluster, ClusterRealm realm, String email) throws Exception {
        try (Browser browser = cluster.browserOn(cluster.a())) {
            browser.open(realm.accountConsoleLogin("auth")).logIn(email, PASSWORD);
            boolean passwordLost = browser.has("kc-form-login");
            if (passwordLost) {
                Inbox inbox = new Inbox(cluster.mail());
                int mark = inbox.mark();
                browser.open(TwoNodeCluster.FRONT + "/realms/" + realm.name() + "/login-actions/reset-credentials?client_id=account-console");
                browser.submit("kc-reset-password-form", Map.of("username", email));
                inbox.awaitTo(email, mark);
                browser.open(Mails.link(inbox.lastTo(email), "login-actions/action-token"));
                browser.submit("kc-passwd-update-form", Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
                // The reset ends on Keycloak's "Your account has been updated": back to the account console.
                browser.open(realm.accountConsoleLogin("auth"));
                if (browser.has("kc-form-login")) {
                    browser.logIn(email, NEW_PASSWORD);
                }
            }
            if (browser.has("registration-code-form")) {
                browser.click("registration-code-continue");
            }
            assertThat(browser.url()).as(browser.text()).contains("/account");
            return passwordLost;
        }
    }

    private static String userId(ClusterRealm realm, TwoNodeCluster cluster, String email) {
        List<UserRepresentation> users = realm.withAdmin(cluster.a(), admin -> admin.users().searchByEmail(email, true));
        assertThat(users).as("the account of %s (made when the form was sent, before the kill)", email).hasSize(1);
        return users.get(0).getId();
    }
}
