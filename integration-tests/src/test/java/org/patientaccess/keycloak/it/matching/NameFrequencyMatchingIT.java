package org.patientaccess.keycloak.it.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class NameFrequencyMatchingIT {

    private static final String CSV = "text/csv";

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void onceTheClinicIsImportedASharedRareSurnameOutranksASharedCommonOne() {
        PatientAccessApi reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        String common = uniqueSurname("Smith");
        String rare = uniqueSurname("Okafor");
        StringBuilder csv = new StringBuilder("externalId,firstName,lastName,birthDate\n");
        // Thirty people called Smith, one Okafor, and thirty people whose surnames nobody else has.
        for (int i = 0; i < 30; i++) {
            csv.append(uniqueExternalId()).append(",Person,").append(common).append(",19").append(50 + i).append("-01-15\n");
            csv.append(uniqueExternalId()).append(",Person,").append(uniqueSurname("Other")).append(",19").append(50 + i).append("-02-15\n");
        }
        csv.append(uniqueExternalId()).append(",Maria,").append(common).append(",1984-06-02\n");
        csv.append(uniqueExternalId()).append(",Maria,").append(rare).append(",1984-06-02\n");
        ApiResponse imported = reception.post("/import", CSV, csv.toString());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        JsonNode mariaSmith = best(reception, patient(null, "Maria", common, "1984-06-02", null, null));
        JsonNode mariaOkafor = best(reception, patient(null, "Maria", rare, "1984-06-02", null, null));

        assertThat(mariaSmith.path("patient").path("lastName").asText()).isEqualTo(common);
        assertThat(mariaOkafor.path("patient").path("lastName").asText()).isEqualTo(rare);
        assertThat(mariaOkafor.path("score").asDouble()).isGreaterThan(mariaSmith.path("score").asDouble());
        // Frequencies weigh the score within bounds: the same names and date without a contact stay probable.
        assertThat(mariaSmith.path("grade").asText()).isEqualTo("probable");
        assertThat(mariaOkafor.path("grade").asText()).isEqualTo("probable");
    }

    private static JsonNode best(PatientAccessApi reception, Object person) {
        ApiResponse response = reception.post("/match", person);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("candidates").get(0);
    }
}
