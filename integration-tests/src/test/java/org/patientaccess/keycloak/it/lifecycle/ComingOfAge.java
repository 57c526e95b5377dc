package org.patientaccess.keycloak.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.keycloak.testframework.realm.ManagedRealm;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/** The coming-of-age tests' steps: records of a given age, grants on them, and the task run now. */
final class ComingOfAge {

    private final String serverUrl;
    private final ManagedRealm realm;

    ComingOfAge(String serverUrl, ManagedRealm realm) {
        this.serverUrl = serverUrl;
        this.realm = realm;
    }

    /** Today in UTC, the realm's time zone unless a test sets one. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The birth date of someone who reaches 18 that many days from today. */
    static String comingOfAgeIn(int days) {
        return today().plusDays(days).minusYears(18).toString();
    }

    PatientAccessApi reception() {
        return PatientAccessApi.signedInAs(serverUrl, realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    PatientAccessApi auditor() {
        return PatientAccessApi.signedInAs(serverUrl, realm.getName(), ClinicRealm.AUDITOR, ClinicRealm.PASSWORD);
    }

    /** The server administrator (manage-realm everywhere), on this realm's staff API. */
    PatientAccessApi operator() {
        String token = PatientAccessApi.signedInAs(serverUrl, "master", "admin", "admin").token();
        return PatientAccessApi.withToken(serverUrl, realm.getName(), token);
    }

    /** The realm's coming-of-age list and task ({@code /patient-access/coming-of-age}) for a caller. */
    PatientAccessApi list(PatientAccessApi caller) {
        return caller.at("/admin/realms/" + realm.getName() + "/patient-access/coming-of-age");
    }

    String newPatient(PatientAccessApi reception, String firstName, String birthDate) {
        return reception.create(patient(null, firstName, uniqueSurname("Ortega"), birthDate, null, null)).path("id").asText();
    }

    String grant(PatientAccessApi reception, String patientId, String email, String relationship) {
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("email", email);
        grant.put("relationship", relationship);
        ApiResponse created = reception.post("/" + patientId + "/accounts", grant);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** Runs today's work for the realm now, as an operator: what it did. */
    JsonNode runNow() {
        ApiResponse run = list(operator()).post("/run", "application/json", "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        return run.json();
    }
}
