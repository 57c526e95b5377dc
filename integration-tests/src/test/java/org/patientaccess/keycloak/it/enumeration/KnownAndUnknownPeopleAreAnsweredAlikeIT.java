package org.patientaccess.keycloak.it.enumeration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.mail.Inbox;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.registration.RegisteringPeople;

/**
 * No enumeration: whether the clinic knows a person (a record, an account) changes neither the
 * status, nor the body, nor (within the bound below) the time of what invite, registration and the
 * code page answer. Times are medians of {@code TRIES} tries each, known and unknown interleaved.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class KnownAndUnknownPeopleAreAnsweredAlikeIT {

    static final String STAFF = "staff@riverside-physio.example";
    /** An account of the demo realm. */
    static final String ACCOUNT = "maria.garcia@example.com";
    static final int TRIES = 6;
    /** How far apart the two medians may be: well under a page's own time here (200-600 ms on 2 busy cores). */
    static final Duration BOUND = Duration.ofMillis(150);

    /** What changes from one login session to the next, whoever the person is. */
    private static final Pattern SESSION = Pattern.compile("(session_code|execution|client_id|tab_id|client_data|kc_locale|key)=[^&\"'\\s]*");
    private static final Pattern NONCE = Pattern.compile("nonce=\"[^\"]*\"");

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
    void someoneTheClinicKnowsAndAStrangerSeeTheSameCodePageAndWrongCodeAnswerInTheSameTime() throws Exception {
        Answers codePage = new Answers();
        Answers wrongCode = new Answers();
        for (int i = 0; i < 2 * TRIES; i++) {
            boolean known = i % 2 == 0;
            String surname = uniqueSurname("Alike");
            if (known) {
                // A certain match under another email: a code goes to the email on the record.
                staff.create(patient(null, "Marc", surname, "1969-08-14", surname.toLowerCase() + ".old@family.test", "514 555 0177"));
            }
            String email = surname.toLowerCase() + ".new@family.test";
            long[] started = new long[1];
            try (Browser browser = people.registering(email, "Marc", surname, "1969-08-14", "514-555-0177",
                    () -> started[0] = System.nanoTime())) {
                codePage.add(known, browser, System.nanoTime() - started[0], surname, email);
                assertThat(browser.has("registration-code-form")).as(browser.text()).isTrue();

                long sent = System.nanoTime();
                browser.submit("registration-code-form", Map.of("code", "000000"));
                wrongCode.add(known, browser, System.nanoTime() - sent, surname, email);
            }
        }

        codePage.assertAlike("the code page");
        wrongCode.assertAlike("a wrong code's answer");
    }

    @Test
    void anInvitationToAnEmailWithAnAccountIsAnsweredAsOneToAnEmailWithoutInTheSameTime() {
        Answers invitations = new Answers();
        for (int i = 0; i < 2 * TRIES; i++) {
            boolean known = i % 2 == 0;
            String surname = uniqueSurname("Invited");
            String patientId = staff.create(patient(null, "Lea", surname, "2015-05-05", null, null)).path("id").asText();
            String email = known ? ACCOUNT : surname.toLowerCase() + "@nobody.test";

            long sent = System.nanoTime();
            ApiResponse answer = staff.post("/" + patientId + "/invitations", Map.of("email", email, "relationship", "PARENT"));
            long took = System.nanoTime() - sent;

            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            invitations.add(known, answer.status(), withoutWhatDiffersPerInvitation(answer.json()), took);
        }

        invitations.assertAlike("an invitation");
    }

    /** The invitation as answered, less its ids, times, address and link, which differ for every invitation. */
    private static String withoutWhatDiffersPerInvitation(JsonNode invitation) {
        ObjectNode same = invitation.deepCopy();
        same.remove(Set.of("id", "patientId", "email", "createdAt", "lastSentAt", "expiresAt", "link"));
        return same.toString();
    }

    /** The answers to known and to unknown people: status, body and time of each. */
    private static final class Answers {

        private final List<String> known = new ArrayList<>();
        private final List<String> unknown = new ArrayList<>();
        private final List<Long> knownNanos = new ArrayList<>();
        private final List<Long> unknownNanos = new ArrayList<>();

        void add(boolean isKnown, Browser page, long nanos, String surname, String email) {
            String body = NONCE.matcher(SESSION.matcher(page.source().replace(email, "«email»").replace(surname, "«surname»"))
                    .replaceAll("$1=«session»")).replaceAll("nonce=\"«nonce»\"");
            add(isKnown, page.status(), body, nanos);
        }

        void add(boolean isKnown, int status, String body, long nanos) {
            (isKnown ? known : unknown).add(status + "\n" + body);
            (isKnown ? knownNanos : unknownNanos).add(nanos);
        }

        void assertAlike(String what) {
            assertThat(known).as("%s to known people", what).containsOnly(known.get(0));
            assertThat(unknown).as("%s: the same status and body for strangers as for known people", what).containsOnly(known.get(0));
            Duration knownMedian = Duration.ofNanos(median(knownNanos));
            Duration unknownMedian = Duration.ofNanos(median(unknownNanos));
            System.out.printf("enumeration: %s, median %d ms known, %d ms unknown (%d tries each)%n",
                    what, knownMedian.toMillis(), unknownMedian.toMillis(), knownNanos.size());
            assertThat(knownMedian.minus(unknownMedian).abs()).as("%s: medians %s known, %s unknown", what, knownMedian, unknownMedian)
                    .isLessThan(BOUND);
        }

        private static long median(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }
}
