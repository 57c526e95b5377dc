package org.patientaccess.keycloak.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.lifecycle.ComingOfAge.comingOfAgeIn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.logs.PersonalData;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.OtherClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffMarkContinuedGuardianshipWithinTheirRightsIT {

    private static final String REASON = "Needs a guardian as an adult";

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectRealm(ref = "other", config = OtherClinicRealm.class)
    ManagedRealm otherClinic;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private ComingOfAge comingOfAge;
    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        PersonalData.used(REASON);
        comingOfAge = new ComingOfAge(urls.getBase(), realm);
        reception = comingOfAge.reception();
    }

    @Test
    void viewOnlyStaffSeeTheMarkButCannotSetOrClearIt() {
        String teen = comingOfAge.newPatient(reception, "Nora", comingOfAgeIn(40));
        reception.put("/" + teen + "/coming-of-age/continued-guardianship", Map.of("reason", REASON));
        PatientAccessApi auditor = comingOfAge.auditor();

        assertThat(auditor.get("/" + teen + "/coming-of-age").json().path("continuedGuardianship").path("reason").asText()).isEqualTo(REASON);
        assertThat(auditor.put("/" + teen + "/coming-of-age/continued-guardianship", Map.of("reason", "other")).status()).isEqualTo(403);
        assertThat(auditor.delete("/" + teen + "/coming-of-age/continued-guardianship").status()).isEqualTo(403);
        assertThat(reception.get("/" + teen + "/coming-of-age").json().path("continuedGuardianship").path("reason").asText()).isEqualTo(REASON);
    }

    @Test
    void onlyAnOperatorWhoMayManageTheRealmRunsTheTaskNow() {
        assertThat(comingOfAge.list(reception).post("/run", "application/json", "").status()).isEqualTo(403);
        assertThat(comingOfAge.list(comingOfAge.auditor()).post("/run", "application/json", "").status()).isEqualTo(403);
        assertThat(comingOfAge.runNow().has("recordsChecked")).isTrue();
    }

    @Test
    void settingAndClearingTheMarkAreInTheHistoryWithWhoDidIt() {
        String teen = comingOfAge.newPatient(reception, "Iker", comingOfAgeIn(50));

        assertThat(reception.put("/" + teen + "/coming-of-age/continued-guardianship", Map.of("reason", REASON)).status()).isEqualTo(200);
        assertThat(reception.delete("/" + teen + "/coming-of-age/continued-guardianship").status()).isEqualTo(204);
        assertThat(reception.delete("/" + teen + "/coming-of-age/continued-guardianship").status()).as("cleared already").isEqualTo(204);

        JsonNode entries = reception.get("/" + teen + "/history").json().path("entries");
        List<String> actions = new ArrayList<>();
        entries.forEach(entry -> actions.add(entry.path("action").asText()));
        assertThat(actions).containsSubsequence("CONTINUED_GUARDIANSHIP_CLEARED", "CONTINUED_GUARDIANSHIP_SET");
        assertThat(entries.get(0).path("actor").path("username").asText()).isEqualTo(ClinicRealm.RECEPTIONIST);
        assertThat(entries.toString()).as("the reason stays on the record, not in the audit").doesNotContain(REASON);
        assertThat(reception.get("/" + teen + "/coming-of-age").json().has("continuedGuardianship")).isFalse();
    }

    @Test
    void aRecordOfAnotherClinicIsNotFound() {
        PatientAccessApi otherReception = PatientAccessApi.signedInAs(urls.getBase(), otherClinic.getName(),
                ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        String elsewhere = new ComingOfAge(urls.getBase(), otherClinic).newPatient(otherReception, "Leire", comingOfAgeIn(10));

        assertThat(reception.get("/" + elsewhere + "/coming-of-age").status()).isEqualTo(404);
        assertThat(reception.put("/" + elsewhere + "/coming-of-age/continued-guardianship", Map.of("reason", REASON)).status()).isEqualTo(404);
        assertThat(reception.delete("/" + elsewhere + "/coming-of-age/continued-guardianship").status()).isEqualTo(404);
        assertThat(comingOfAge.operator().get("/" + elsewhere + "/coming-of-age").status()).as("even for the server administrator").isEqualTo(404);
        List<String> listed = new ArrayList<>();
        comingOfAge.list(reception).get("?days=30&max=100").json().path("entries")
                .forEach(entry -> listed.add(entry.path("patient").path("id").asText()));
        assertThat(listed).doesNotContain(elsewhere);
        assertThat(otherReception.get("/" + elsewhere + "/coming-of-age").status()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String teen = comingOfAge.newPatient(reception, "Unai", comingOfAgeIn(60));
        String mark = "/" + teen + "/coming-of-age/continued-guardianship";

        assertRefused(reception.put(mark, Map.of("reason", "  ")), "reason");
        assertRefused(reception.put(mark, Map.of("reason", "x".repeat(501))), "reason");
        assertRefused(reception.put(mark, Map.of("reason", REASON, "until", "2030-01-01")), "until");
        assertRefused(reception.put(mark, Map.of()), "reason");
        PatientAccessApi list = comingOfAge.list(reception);
        assertRefused(list.get("?days=soon"), "days");
        assertRefused(list.get("?days=367"), "days");
        assertRefused(list.get("?days=-1"), "days");
        assertRefused(list.get("?kind=teen"), "kind");
        assertRefused(list.get("?kind=own-account"), "kind");
        assertRefused(list.get("?max=0"), "max");
        assertThat(reception.get("/" + teen + "/coming-of-age").json().has("continuedGuardianship")).as("nothing written").isFalse();
    }

    private static void assertRefused(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).as(response.toString()).isEqualTo(field);
    }
}
