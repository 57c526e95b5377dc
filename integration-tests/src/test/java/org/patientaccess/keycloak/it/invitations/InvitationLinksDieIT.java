package org.patientaccess.keycloak.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invitationLink;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.invite;
import static org.patientaccess.keycloak.it.invitations.InvitationSupport.nextMail;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class InvitationLinksDieIT {

    @InjectRealm(config = InvitingClinicRealm.class)
    ManagedRealm realm;

    @InjectRealm(ref = "other", config = InvitingClinicRealm.class)
    ManagedRealm otherClinic;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @InjectTimeOffSet
    TimeOffSet timeOffSet;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = staff(realm, ClinicRealm.RECEPTIONIST);
    }

    @Test
    void aResendKillsTheOldLinkAndIsRateLimited() throws Exception {
        String patient = newPatient(reception);
        int received = mail.getReceivedMessages().length;
        String invitationId = invite(reception, patient, ClinicRealm.MOTHER, "PARENT").json().path("id").asText();
        String oldLink = invitationLink(nextMail(mail, received));

        ApiResponse tooSoon = reception.post("/" + patient + "/invitations/" + invitationId + "/resend", PatientAccessApi.JSON, "");
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.headers().firstValue("Retry-After")).isPresent();

        Thread.sleep(InvitingClinicRealm.RESEND_INTERVAL_SECONDS * 1000L + 200);
        ApiResponse resent = reception.post("/" + patient + "/invitations/" + invitationId + "/resend", PatientAccessApi.JSON, "");
        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(resent.json().path("sendCount").asInt()).isEqualTo(2);
        String newLink = invitationLink(nextMail(mail, received + 1));

        assertThat(pageOf(oldLink)).contains("This invitation is no longer valid");
        assertThat(pageOf(newLink)).contains("invites you to book");
    }

    @Test
    void deletingAnInvitationKillsItsLink() throws Exception {
        String patient = newPatient(reception);
        int received = mail.getReceivedMessages().length;
        String invitationId = invite(reception, patient, ClinicRealm.MOTHER, "PARENT").json().path("id").asText();
        String link = invitationLink(nextMail(mail, received));

        assertThat(reception.delete("/" + patient + "/invitations/" + invitationId).status()).isEqualTo(204);

        assertThat(pageOf(link)).contains("This invitation is no longer valid");
        assertThat(reception.get("/" + patient + "/invitations").json().get(0).path("status").asText()).isEqualTo("REVOKED");
        assertThat(reception.get("/" + patient + "/invitations/" + invitationId + "/link").status()).isEqualTo(409);
    }

    @Test
    void theCopiedLinkIsTheCurrentOneAndOnlyForStaffWhoManageUsers() throws Exception {
        String patient = newPatient(reception);
        int received = mail.getReceivedMessages().length;
        String invitationId = invite(reception, patient, ClinicRealm.MOTHER, "PARENT").json().path("id").asText();
        nextMail(mail, received);

        ApiResponse copied = reception.get("/" + patient + "/invitations/" + invitationId + "/link");
        assertThat(copied.status()).isEqualTo(200);
        assertThat(pageOf(copied.json().path("link").asText())).contains("invites you to book");

        PatientAccessApi auditor = staff(realm, ClinicRealm.AUDITOR);
        assertThat(auditor.get("/" + patient + "/invitations").status()).isEqualTo(200);
        assertThat(auditor.get("/" + patient + "/invitations/" + invitationId + "/link").status()).isEqualTo(403);
        assertThat(invite(auditor, patient, "someone@family.test", "OTHER").status()).isEqualTo(403);
        assertThat(auditor.delete("/" + patient + "/invitations/" + invitationId).status()).isEqualTo(403);
    }

    @Test
    void tamperedAndForeignRealmTokensOpenNothing() throws Exception {
        String patient = newPatient(reception);
        int received = mail.getReceivedMessages().length;
        invite(reception, patient, ClinicRealm.MOTHER, "PARENT");
        String link = invitationLink(nextMail(mail, received));

        String tampered = link.substring(0, link.length() - 3) + (link.endsWith("A") ? "BBB" : "AAA");
        assertThat(pageOf(tampered)).contains("This invitation is no longer valid");
        assertThat(pageOf(link.substring(0, link.indexOf("token=") + 6) + "not.a.token")).contains("This invitation is no longer valid");

        PatientAccessApi otherReception = staff(otherClinic, ClinicRealm.RECEPTIONIST);
        String otherPatient = newPatient(otherReception);
        invite(otherReception, otherPatient, ClinicRealm.MOTHER, "PARENT");
        String otherLink = invitationLink(nextMail(mail, received + 1));
        String foreign = otherLink.replace("/realms/" + otherClinic.getName() + "/", "/realms/" + realm.getName() + "/");
        assertThat(pageOf(foreign)).contains("This invitation is no longer valid");
        assertThat(pageOf(otherLink)).contains("invites you to book");
    }

    @Test
    void anExpiredLinkOpensNothingButCanBeResent() throws Exception {
        String patient = newPatient(reception);
        int received = mail.getReceivedMessages().length;
        String invitationId = invite(reception, patient, ClinicRealm.MOTHER, "PARENT").json().path("id").asText();
        String link = invitationLink(nextMail(mail, received));

        timeOffSet.set(8 * 24 * 60 * 60);
        try {
            assertThat(pageOf(link)).contains("This invitation is no longer valid");
            reception = staff(realm, ClinicRealm.RECEPTIONIST);
            assertThat(reception.get("/" + patient + "/invitations").json().get(0).path("status").asText()).isEqualTo("EXPIRED");
            assertThat(reception.get("/" + patient + "/invitations/" + invitationId + "/link").status()).isEqualTo(409);

            assertThat(reception.post("/" + patient + "/invitations/" + invitationId + "/resend", PatientAccessApi.JSON, "").status())
                    .isEqualTo(200);
            assertThat(pageOf(invitationLink(nextMail(mail, received + 1)))).contains("invites you to book");
        } finally {
            timeOffSet.set(0);
        }
    }

    @Test
    void invitationIdsOfAnotherPatientOrRealmAreNotFound() {
        String patient = newPatient(reception);
        String other = newPatient(reception);
        String invitationId = invite(reception, patient, ClinicRealm.MOTHER, "PARENT").json().path("id").asText();

        assertThat(reception.get("/" + other + "/invitations/" + invitationId + "/link").status()).isEqualTo(404);
        assertThat(reception.delete("/" + other + "/invitations/" + invitationId).status()).isEqualTo(404);
        assertThat(reception.post("/" + other + "/invitations/" + invitationId + "/resend", PatientAccessApi.JSON, "").status()).isEqualTo(404);
        PatientAccessApi otherReception = staff(otherClinic, ClinicRealm.RECEPTIONIST);
        assertThat(otherReception.get("/" + patient + "/invitations").status()).isEqualTo(404);
    }

    @Test
    void badInvitationsAreNamed() {
        String patient = newPatient(reception);
        assertField(invite(reception, patient, "not-an-email", "PARENT"), "email");
        assertField(invite(reception, patient, "ok@family.test", "AUNT"), "relationship");
        assertField(reception.post("/" + patient + "/invitations",
                java.util.Map.of("email", "ok@family.test", "relationship", "PARENT", "locale", "de")), "locale");
        assertThat(reception.get("/" + patient + "/invitations").json()).isEmpty();
    }

    @Test
    void whenMailIsDownTheInvitationWaitsAndResendWorksOnceMailIsBack() throws Exception {
        String patient = newPatient(reception);
        RealmRepresentation settings = realm.admin().toRepresentation();
        java.util.Map<String, String> smtp = new java.util.HashMap<>(settings.getSmtpServer());
        settings.getSmtpServer().put("port", "3999");
        realm.admin().update(settings);
        ApiResponse failed;
        try {
            failed = invite(reception, patient, ClinicRealm.MOTHER, "PARENT");
        } finally {
            settings.setSmtpServer(smtp);
            realm.admin().update(settings);
        }

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.json().path("errorMessage").asText()).contains("could not be sent");
        JsonNode waiting = reception.get("/" + patient + "/invitations").json().get(0);
        assertThat(waiting.path("status").asText()).isEqualTo("PENDING");
        assertThat(waiting.path("sendCount").asInt()).isZero();

        int received = mail.getReceivedMessages().length;
        ApiResponse resent = reception.post("/" + patient + "/invitations/" + waiting.path("id").asText() + "/resend", PatientAccessApi.JSON, "");
        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(pageOf(invitationLink(nextMail(mail, received)))).contains("invites you to book");
    }

    private String pageOf(String link) {
        try (Browser browser = new Browser()) {
            return browser.open(link).text();
        }
    }

    private PatientAccessApi staff(ManagedRealm clinic, String username) {
        return PatientAccessApi.signedInAs(urls.getBase(), clinic.getName(), username, ClinicRealm.PASSWORD);
    }

    private static String newPatient(PatientAccessApi staff) {
        return staff.create(patient(null, "Ana", uniqueSurname("Garcia"), "2015-05-05", null, null)).path("id").asText();
    }

    private static void assertField(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo(field);
    }
}
