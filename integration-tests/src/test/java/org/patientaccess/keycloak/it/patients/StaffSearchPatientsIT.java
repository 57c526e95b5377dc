package org.patientaccess.keycloak.it.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;
import static org.patientaccess.keycloak.it.support.api.PatientAccessApi.encode;

import java.util.ArrayList;
import java.util.List;

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
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffSearchPatientsIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void aNameSearchMatchesPrefixesOfFirstOrLastNameWhateverTheCaseAccentsOrPunctuation() {
        String surname = uniqueSurname("Hernández");
        reception.create(patient(null, "Rosa", surname, "1951-01-30", null, null));
        reception.create(patient(null, "José", surname, "1950-02-11", null, null));

        assertThat(lastNames("?search=" + encode(surname.toUpperCase().replace("Á", "A")))).hasSize(2);
        assertThat(firstNames("?search=" + encode("ros " + surname.substring(0, 8)))).containsExactly("Rosa");
        assertThat(firstNames("?search=" + encode("jose " + surname))).containsExactly("José");
        assertThat(firstNames("?firstName=JOS&lastName=" + encode(surname))).containsExactly("José");
    }

    @Test
    void exactCriteriaFindThePatientWhateverTheWayTheyAreWritten() {
        String surname = uniqueSurname("Exact");
        String externalId = uniqueExternalId();
        reception.create(patient(externalId, "Ana", surname, "1984-06-02", "ana." + surname + "@example.com", "416 555 0199"));

        assertThat(lastNames("?birthDate=1984-06-02&search=" + surname)).containsExactly(surname);
        assertThat(lastNames("?email=" + encode("ANA." + surname + "@Example.com"))).containsExactly(surname);
        assertThat(lastNames("?phone=" + encode("+1 (416) 555-0199") + "&search=" + surname)).containsExactly(surname);
        assertThat(lastNames("?externalId=" + encode(externalId))).containsExactly(surname);
        assertThat(lastNames("?birthDate=1984-06-03&search=" + surname)).isEmpty();
    }

    @Test
    void pagesFollowTheRequestedOrderWithoutSkippingOrRepeating() {
        String surname = uniqueSurname("Page");
        for (int day = 1; day <= 7; day++) {
            reception.create(patient(null, "Child" + (char) ('a' + day), surname, "2010-01-0" + day, null, null));
        }

        List<String> byBirthDateDescending = new ArrayList<>();
        for (int first = 0; first < 7; first += 3) {
            byBirthDateDescending.addAll(birthDates("?search=" + surname + "&sort=birthDate&order=desc&max=3&first=" + first));
        }

        assertThat(byBirthDateDescending).containsExactly(
                "2010-01-07", "2010-01-06", "2010-01-05", "2010-01-04", "2010-01-03", "2010-01-02", "2010-01-01");
        assertThat(reception.count("?search=" + surname)).isEqualTo(7);
        assertThat(firstNames("?search=" + surname + "&sort=firstName&max=2")).containsExactly("Childb", "Childc");
    }

    @Test
    void aBadParameterIsNamedInA400() {
        ApiResponse response = reception.get("?birthDate=1984-02-30");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo("birthDate");
        assertThat(reception.get("?max=1000").json().path("field").asText()).isEqualTo("max");
        assertThat(reception.get("?sort=age").json().path("field").asText()).isEqualTo("sort");
        assertThat(reception.get("?first=x").json().path("field").asText()).isEqualTo("first");
    }

    private List<String> lastNames(String query) {
        return field(query, "lastName");
    }

    private List<String> firstNames(String query) {
        return field(query, "firstName");
    }

    private List<String> birthDates(String query) {
        return field(query, "birthDate");
    }

    private List<String> field(String query, String field) {
        ApiResponse response = reception.get(query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> values = new ArrayList<>();
        for (JsonNode patient : response.json()) {
            values.add(patient.path(field).asText());
        }
        return values;
    }
}
