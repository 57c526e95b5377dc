package org.patientaccess.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UserProfileResource;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.UserBuilder;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.mail.Arrivals;
import org.patientaccess.keycloak.it.support.mail.Mails;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffGiveAccountsAccessToAPatientIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void aParentIsGivenAccessToAChildAndAppearsOnTheUserAccountsTab() {
        String child = newPatient("Sofia");

        ApiResponse created = reception.post("/" + child + "/accounts", grant(ClinicRealm.MOTHER, "PARENT", null, "2032-03-09"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode grant = created.json();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/patients/" + child + "/accounts/" + grant.path("id").asText()));
        assertThat(grant.path("email").asText()).isEqualTo(ClinicRealm.MOTHER);
        assertThat(grant.path("firstName").asText()).isEqualTo("Maria");
        assertThat(grant.path("relationship").asText()).isEqualTo("PARENT");
        assertThat(grant.path("permissions").toString()).isEqualTo("[\"BOOK\",\"VIEW\"]");
        assertThat(grant.path("origin").asText()).isEqualTo("ADMIN");
        assertThat(grant.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(grant.path("validUntil").asText()).isEqualTo("2032-03-09T00:00:00Z");
        assertThat(grant.path("createdBy").asText()).isEqualTo(userId(ClinicRealm.RECEPTIONIST));

        JsonNode tab = reception.get("/" + child + "/accounts").json();
        assertThat(tab).hasSize(1);
        assertThat(tab.get(0)).isEqualTo(grant);
    }

    @Test
    void twoParentsMayActForOneChildAndOneParentForTwoChildren() {
        String sofia = newPatient("Sofia");
        String mateo = newPatient("Mateo");

        for (String child : List.of(sofia, mateo)) {
            for (String parent : List.of(ClinicRealm.MOTHER, ClinicRealm.FATHER)) {
                assertThat(reception.post("/" + child + "/accounts", grant(parent, "PARENT", null, null)).status()).isEqualTo(201);
            }
        }

        assertThat(reception.get("/" + sofia + "/accounts").json()).extracting(g -> g.path("email").asText())
                .containsExactlyInAnyOrder(ClinicRealm.MOTHER, ClinicRealm.FATHER);
    }

    @Test
    void anAccountHasAtMostOneActiveGrantPerRecordAndARecordAtMostOneSelf() {
        String rosa = newPatient("Rosa");
        assertThat(reception.post("/" + rosa + "/accounts", grant(ClinicRealm.GRANDMOTHER, "SELF", null, null)).status()).isEqualTo(201);

        ApiResponse secondSelf = reception.post("/" + rosa + "/accounts", grant(ClinicRealm.MOTHER, "SELF", null, null));
        ApiResponse sameAccountAgain = reception.post("/" + rosa + "/accounts", grant(ClinicRealm.GRANDMOTHER, "CAREGIVER", null, null));

        assertThat(secondSelf.status()).isEqualTo(409);
        assertThat(sameAccountAgain.status()).isEqualTo(409);
        assertThat(reception.get("/" + rosa + "/accounts").json()).hasSize(1);
    }

    @Test
    void aGrantsTermsChangeButItsAccountDoesNot() {
        String child = newPatient("Mateo");
        String grantId = reception.post("/" + child + "/accounts", grant(ClinicRealm.FATHER, "PARENT", null, null)).json().path("id").asText();

        Map<String, Object> terms = grant(null, "GUARDIAN", List.of("BOOK", "VIEW", "MANAGE_PROFILE"), "2040-01-01T12:00:00Z");
        ApiResponse updated = reception.put("/" + child + "/accounts/" + grantId, terms);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("relationship").asText()).isEqualTo("GUARDIAN");
        assertThat(updated.json().path("permissions").toString()).isEqualTo("[\"BOOK\",\"MANAGE_PROFILE\",\"VIEW\"]");
        assertThat(updated.json().path("validUntil").asText()).isEqualTo("2040-01-01T12:00:00Z");

        Map<String, Object> otherAccount = grant(null, "PARENT", null, null);
        otherAccount.put("userId", userId(ClinicRealm.MOTHER));
        ApiResponse refused = reception.put("/" + child + "/accounts/" + grantId, otherAccount);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("userId");
    }

    @Test
    void anEndedGrantLeavesTheTabButStaysInTheHistory() {
        String child = newPatient("Sofia");
        String grantId = reception.post("/" + child + "/accounts", grant(ClinicRealm.MOTHER, "PARENT", null, null)).json().path("id").asText();

        assertThat(reception.delete("/" + child + "/accounts/" + grantId).status()).isEqualTo(204);

        assertThat(reception.get("/" + child + "/accounts").json()).isEmpty();
        JsonNode history = reception.get("/" + child + "/accounts?includeEnded=true").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("status").asText()).isEqualTo("REVOKED");
        assertThat(reception.post("/" + child + "/accounts", grant(ClinicRealm.MOTHER, "PARENT", null, null)).status())
                .as("the same account can be granted again").isEqualTo(201);
    }

    @Test
    void badTermsAreNamedAndNothingIsGranted() {
        String child = newPatient("Ana");
        assertField(reception.post("/" + child + "/accounts", grant(ClinicRealm.MOTHER, "AUNT", null, null)), "relationship");
        assertField(reception.post("/" + child + "/accounts", grant(ClinicRealm.MOTHER, "PARENT", List.of(), null)), "permissions");
        assertField(reception.post("/" + child + "/accounts", grant(ClinicRealm.MOTHER, "PARENT", List.of("PAY"), null)), "permissions");
        assertField(reception.post("/" + child + "/accounts", grant(ClinicRealm.MOTHER, "PARENT", null, "2001-01-01")), "validUntil");
        assertField(reception.post("/" + child + "/accounts", grant("nobody@family.test", "PARENT", null, null)), "email");
        Map<String, Object> unknownUser = grant(null, "PARENT", null, null);
        unknownUser.put("userId", "no-such-user");
        assertField(reception.post("/" + child + "/accounts", unknownUser), "userId");
        assertField(reception.post("/" + child + "/accounts", grant(null, "PARENT", null, null)), "userId");

        assertThat(reception.get("/" + child + "/accounts?includeEnded=true").json()).isEmpty();
    }

    @Test
    void aGrantIdAnswersOnlyUnderItsOwnPatient() {
        String sofia = newPatient("Sofia");
        String mateo = newPatient("Mateo");
        String grantId = reception.post("/" + sofia + "/accounts", grant(ClinicRealm.MOTHER, "PARENT", null, null)).json().path("id").asText();

        assertThat(reception.put("/" + mateo + "/accounts/" + grantId, grant(null, "OTHER", null, null)).status()).isEqualTo(404);
        assertThat(reception.delete("/" + mateo + "/accounts/" + grantId).status()).isEqualTo(404);
        assertThat(reception.get("/no-such-patient/accounts").status()).isEqualTo(404);
        assertThat(reception.get("/" + sofia + "/accounts").json().get(0).path("relationship").asText()).isEqualTo("PARENT");
    }

    @Test
    void aStaffMemberWhoMayOnlyViewUsersSeesTheTabButCannotChangeIt() {
        String child = newPatient("Ana");
        PatientAccessApi auditor = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.AUDITOR, ClinicRealm.PASSWORD);
        PatientAccessApi clinician = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.CLINICIAN, ClinicRealm.PASSWORD);

        assertThat(auditor.get("/" + child + "/accounts").status()).isEqualTo(200);
        assertThat(auditor.post("/" + child + "/accounts", grant(ClinicRealm.MOTHER, "PARENT", null, null)).status()).isEqualTo(403);
        assertThat(clinician.get("/" + child + "/accounts").status()).isEqualTo(403);
        assertThat(clinician.get("/no-such-patient/accounts").status()).as("no hint that an id exists").isEqualTo(403);
        assertThat(reception.get("/" + child + "/accounts").json()).isEmpty();
    }

    @Test
    void aLapsedGrantNoLongerBlocksANewOne() {
        String rosa = newPatient("Rosa");
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(reception.post("/" + rosa + "/accounts", grant(ClinicRealm.GRANDMOTHER, "SELF", null, tomorrow)).status()).isEqualTo(201);
        assertThat(reception.post("/" + rosa + "/accounts", grant(ClinicRealm.MOTHER, "SELF", null, null)).status()).isEqualTo(409);

        timeOffSet.set(3 * 24 * 60 * 60);
        try {
            reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
            assertThat(reception.get("/" + rosa + "/accounts?includeEnded=true").json().get(0).path("status").asText()).isEqualTo("EXPIRED");
            assertThat(reception.post("/" + rosa + "/accounts", grant(ClinicRealm.MOTHER, "SELF", null, null)).status()).isEqualTo(201);
            assertThat(reception.post("/" + rosa + "/accounts", grant(ClinicRealm.GRANDMOTHER, "CAREGIVER", null, null)).status()).isEqualTo(201);
        } finally {
            timeOffSet.set(0);
        }
    }

    @Test
    void deletingAnAccountEndsItsAccessAndKeepsTheHistoryWithIdsOnly() {
        String child = newPatient("Mateo");
        reception.post("/" + child + "/accounts", grant(ClinicRealm.FATHER, "PARENT", null, null));
        String fatherId = userId(ClinicRealm.FATHER);

        realm.admin().users().delete(fatherId).close();
        try {
            assertThat(reception.get("/" + child + "/accounts").json()).isEmpty();
            JsonNode history = reception.get("/" + child + "/accounts?includeEnded=true").json();
            assertThat(history).singleElement().satisfies(ended -> {
                assertThat(ended.path("userId").asText()).isEqualTo(fatherId);
                assertThat(ended.path("status").asText()).isEqualTo("REVOKED");
            });
            assertThat(history.toString()).doesNotContain(ClinicRealm.FATHER);
        } finally {
            realm.admin().users().create(UserBuilder.create(ClinicRealm.FATHER)
                    .email(ClinicRealm.FATHER).emailVerified(true).name("Luis", "Garcia").password(ClinicRealm.PASSWORD)
                    .attribute("birthDate", "1982-11-20").build()).close();
        }
    }

    @Test
    void thePatientsOwnAccountIsToldByEmailWhenSomeoneGainsOrLosesAccess() throws Exception {
        String rosa = newPatient("Rosa");
        reception.post("/" + rosa + "/accounts", grant(ClinicRealm.GRANDMOTHER, "SELF", null, null));
        Arrivals arrivals = new Arrivals(mail);
        Set<String> before = arrivals.mark();

        String grantId = reception.post("/" + rosa + "/accounts", grant(ClinicRealm.MOTHER, "CAREGIVER", null, null)).json().path("id").asText();
        reception.delete("/" + rosa + "/accounts/" + grantId);

        // Each is sent once its change commits, on a thread of its own: in either order.
        List<MimeMessage> told = arrivals.awaitEach(before, ClinicRealm.GRANDMOTHER, ClinicRealm.GRANDMOTHER);
        MimeMessage granted = withSubjectStarting(told, "Someone can now book for you");
        assertThat(Mails.text(granted))
                .contains("Hello Rosa").contains("Maria Garcia (caregiver)");
        withSubjectStarting(told, "Someone can no longer book for you");
    }

    @Test
    void anAccountWithNeitherNameNorEmailIsNamedByItsUsernameInThePatientsEmail() throws Exception {
        String rosa = newPatient("Rosa");
        reception.post("/" + rosa + "/accounts", grant(ClinicRealm.GRANDMOTHER, "SELF", null, null));
        // As staff may make one in a realm whose accounts need no email: a username, nothing else to name.
        String username = "front-desk-" + System.nanoTime();
        PersonalData.used(username);
        accountsNeedNoEmail();
        try (Response created = realm.admin().users().create(UserBuilder.create(username).build())) {
            assertThat(created.getStatus()).as(created.readEntity(String.class)).isEqualTo(201);
        }
        Arrivals arrivals = new Arrivals(mail);
        Set<String> before = arrivals.mark();

        ApiResponse granted = reception.post("/" + rosa + "/accounts", Map.of("userId", userId(username), "relationship", "CAREGIVER"));

        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        MimeMessage told = Arrivals.to(arrivals.awaitEach(before, ClinicRealm.GRANDMOTHER), ClinicRealm.GRANDMOTHER);
        assertThat(Mails.text(told)).contains(username + " (caregiver)");
    }

    /** The realm's accounts need no email, names or birth date, and have usernames of their own (put back after the test). */
    private void accountsNeedNoEmail() {
        realm.updateWithCleanup(r -> r.registrationEmailAsUsername(false));
        UserProfileResource profile = realm.admin().users().userProfile();
        UPConfig original = profile.getConfiguration();
        UPConfig lenient = profile.getConfiguration();
        List.of("email", "firstName", "lastName", "birthDate").forEach(name -> lenient.getAttribute(name).setRequired(null));
        profile.update(lenient);
        realm.cleanup().add(r -> r.users().userProfile().update(original));
    }

    private String newPatient(String firstName) {
        return reception.create(patient(null, firstName, uniqueSurname("Garcia"), "2014-03-09", null, null)).path("id").asText();
    }

    private String userId(String username) {
        return realm.admin().users().search(username, true).get(0).getId();
    }

    private static Map<String, Object> grant(String email, String relationship, List<String> permissions, String validUntil) {
        Map<String, Object> grant = new LinkedHashMap<>();
        if (email != null) {
            grant.put("email", email);
        }
        grant.put("relationship", relationship);
        if (permissions != null) {
            grant.put("permissions", permissions);
        }
        if (validUntil != null) {
            grant.put("validUntil", validUntil);
        }
        return grant;
    }

    private static MimeMessage withSubjectStarting(List<MimeMessage> messages, String subject) {
        return messages.stream().filter(message -> subjectOf(message).startsWith(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no message \"" + subject + "...\""));
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertField(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).as(response.toString()).isEqualTo(field);
    }
}
