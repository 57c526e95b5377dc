package org.patientaccess.keycloak.it.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;
import static org.patientaccess.keycloak.it.support.api.PatientAccessApi.CSV;
import static org.patientaccess.keycloak.it.support.api.PatientAccessApi.FHIR_JSON;
import static org.patientaccess.keycloak.it.support.api.PatientAccessApi.JSON;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

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

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffImportPatientsIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    /** The Synthea fixture's patient id (also its MR identifier, fullUrl and every reference) and surname. */
    private static final String SYNTHEA_ID = "8c95253e-8ee8-9ae8-6d40-021d702dc78e";
    private static final String SYNTHEA_SURNAME = "Marks830";
    private static final String SYNTHEA_PHONE = "555-450-5873";

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void aCsvImportCreatesThenIsIdempotentThenUpdatesByExternalId() {
        String surname = uniqueSurname("Garcia");
        String mother = uniqueExternalId();
        String child = uniqueExternalId();
        String csv = "externalId,firstName,lastName,birthDate,email,phone\n"
                + mother + ",Maria," + surname + ",1984-06-02,maria@example.com,(416) 555-0134\n"
                + child + ",Sofia," + surname + ",2014-03-09,maria@example.com,(416) 555-0134\n";

        assertReport(reception.post("/import", CSV, csv), 2, 0, 0, 0);
        assertReport(reception.post("/import", CSV, csv), 0, 0, 2, 0);
        assertReport(reception.post("/import", CSV, csv.replace("Sofia", "Sofía")), 0, 1, 1, 0);

        JsonNode sofia = reception.get("?externalId=" + child).json().get(0);
        assertThat(sofia.path("firstName").asText()).isEqualTo("Sofía");
        assertThat(sofia.path("source").asText()).isEqualTo("IMPORT");
        assertThat(sofia.path("phone").asText()).isEqualTo("+14165550134");
        assertThat(reception.count("?search=" + surname)).isEqualTo(2);
    }

    @Test
    void aFhirBundleOfPatientsIsImported() {
        String surname = uniqueSurname("Tremblay");
        String externalId = uniqueExternalId();
        String bundle = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "Patient",
                    "identifier": [{"system": "urn:oid:1.2.3", "value": "%s"}],
                    "name": [{"use": "official", "family": "%s", "given": ["Jean", "François"]}],
                    "birthDate": "1990-07-15",
                    "telecom": [{"system": "email", "value": "jf@example.ca"},
                                {"system": "phone", "use": "mobile", "value": "+1 514 555 0199"}]}}
                ]}""".formatted(externalId, surname);

        assertReport(reception.post("/import", FHIR_JSON, bundle), 1, 0, 0, 0);

        JsonNode patient = reception.get("?externalId=" + externalId).json().get(0);
        assertThat(patient.path("firstName").asText()).isEqualTo("Jean François");
        assertThat(patient.path("lastName").asText()).isEqualTo(surname);
        assertThat(patient.path("birthDate").asText()).isEqualTo("1990-07-15");
        assertThat(patient.path("phone").asText()).isEqualTo("+15145550199");
    }

    @Test
    void aSyntheaTransactionBundleImportsItsPatientWithoutTheFictionalPhoneAndSkipsTheClinicalResources() throws IOException {
        String surname = uniqueSurname("Marks");
        String externalId = uniqueExternalId();
        PersonalData.used("Jose871", "Antonio44", "1989-03-14");
        PersonalData.usedPhone(SYNTHEA_PHONE);
        String bundle = fixture("fhir/synthea-transaction-bundle.json")
                .replace(SYNTHEA_ID, externalId)
                .replace(SYNTHEA_SURNAME, surname);

        JsonNode report = assertReport(reception.post("/import", FHIR_JSON, bundle), 1, 0, 0, 0);

        assertThat(report.path("skipped").asInt()).isEqualTo(4);
        assertThat(report.path("skippedResources").toString()).isEqualTo("{\"Condition\":1,\"Encounter\":1,\"Observation\":2}");
        assertThat(report.path("warned").asInt()).isEqualTo(1);
        assertThat(report.path("warnings").toString()).isEqualTo("[{\"row\":1,\"field\":\"phone\","
                + "\"message\":\"phone is not a valid phone number (default region " + ClinicRealm.PHONE_REGION + "); not imported\"}]");
        assertThat(report.path("failures").size()).isZero();
        JsonNode patient = reception.get("?externalId=" + externalId).json().get(0);
        assertThat(patient.path("firstName").asText()).isEqualTo("Jose871 Antonio44");
        assertThat(patient.path("lastName").asText()).isEqualTo(surname);
        assertThat(patient.path("birthDate").asText()).isEqualTo("1989-03-14");
        assertThat(patient.has("phone")).isFalse();

        JsonNode again = assertReport(reception.post("/import", FHIR_JSON, bundle), 0, 0, 1, 0);
        assertThat(again.path("warned").asInt()).isEqualTo(1);
    }

    @Test
    void anEhrTransactionExportImportsItsPatientFromAmongTheClinicalResourcesAndIgnoresTheRest() throws IOException {
        String surname = "O'Connor-" + uniqueSurname("Smith");
        String externalId = uniqueExternalId();
        PersonalData.used("Robert James", "1976-08-12", "robert.oconnor@example.com");
        PersonalData.usedPhone("514.555.0141");
        String bundle = fixture("fhir/ehr-transaction-bundle.json")
                .replace("E1234567", externalId)
                .replace("O'Connor-Smith", surname);

        JsonNode report = assertReport(reception.post("/import", FHIR_JSON, bundle), 1, 0, 0, 0);

        assertThat(report.path("skipped").asInt()).isEqualTo(11);
        assertThat(report.path("skippedResources").toString()).isEqualTo("{\"AllergyIntolerance\":1,\"Condition\":2,\"Encounter\":1,"
                + "\"Immunization\":1,\"MedicationRequest\":1,\"Observation\":2,\"Organization\":1,\"Practitioner\":1,\"Provenance\":1}");
        assertThat(report.path("warned").asInt()).isZero();
        JsonNode patients = reception.get("?externalId=" + externalId).json();
        assertThat(patients).hasSize(1);
        JsonNode patient = patients.get(0);
        assertThat(patient.path("firstName").asText()).isEqualTo("Robert James");
        assertThat(patient.path("lastName").asText()).isEqualTo(surname);
        assertThat(patient.path("birthDate").asText()).isEqualTo("1976-08-12");
        assertThat(patient.path("email").asText()).isEqualTo("robert.oconnor@example.com");
        assertThat(patient.path("phone").asText()).as("a local number read in the clinic's region").isEqualTo("+15145550141");
        assertThat(patient.path("source").asText()).isEqualTo("IMPORT");
        // The practitioner ("Dr. Amelia Chen") and the emergency contact are not patients.
        assertThat(reception.get("?lastName=Chen&firstName=Amelia").json()).isEmpty();
        assertThat(reception.get("?search=" + PatientAccessApi.encode("Anne " + surname)).json()).isEmpty();

        assertReport(reception.post("/import", FHIR_JSON, bundle), 0, 0, 1, 0);
    }

    @Test
    void anUnreadablePhoneOrEmailInAnImportIsAWarningAndAStoredOneIsKept() {
        String surname = uniqueSurname("Warned");
        String externalId = uniqueExternalId();
        String header = "externalId,firstName,lastName,birthDate,email,phone\n";
        assertReport(reception.post("/import", CSV, header + externalId + ",Ana," + surname + ",2000-01-01,ana@example.com,(416) 555-0134\n"),
                1, 0, 0, 0);

        JsonNode report = assertReport(reception.post("/import", JSON, """
                [{"externalId": "%s", "firstName": "Ana", "lastName": "%s", "birthDate": "2000-01-01",
                  "email": "ana@", "phone": "555-450-5873"}]""".formatted(externalId, surname)), 0, 0, 1, 0);

        assertThat(report.path("warned").asInt()).isEqualTo(1);
        assertThat(report.path("warnings").findValuesAsText("field")).containsExactly("email", "phone");
        JsonNode patient = reception.get("?externalId=" + externalId).json().get(0);
        assertThat(patient.path("email").asText()).isEqualTo("ana@example.com");
        assertThat(patient.path("phone").asText()).isEqualTo("+14165550134");
    }

    @Test
    void aJsonArrayIsImported() {
        String surname = uniqueSurname("Nguyen");
        String json = """
                [{"externalId": "%s", "firstName": "Chloé", "lastName": "%s", "birthDate": "2001-04-27"},
                 {"externalId": "%s", "firstName": "Minh", "lastName": "%s"}]""".formatted(
                uniqueExternalId(), surname, uniqueExternalId(), surname);

        assertReport(reception.post("/import", JSON, json), 2, 0, 0, 0);
        assertThat(reception.count("?search=" + surname)).isEqualTo(2);
    }

    @Test
    void badRowsAreReportedWithRowAndFieldWhileTheGoodRowsAreImported() {
        String surname = uniqueSurname("Mixed");
        String good = uniqueExternalId();
        String duplicated = uniqueExternalId();
        String csv = "externalId,firstName,lastName,birthDate,email,phone\n"
                + good + ",Ana," + surname + ",2000-01-01,,\n"
                + uniqueExternalId() + ",Bad," + surname + ",2000-02-30,,\n"
                + uniqueExternalId() + ",," + surname + ",,not-an-email,\n"
                + duplicated + ",Twin," + surname + ",,,\n"
                + duplicated + ",Twin," + surname + ",,,\n"
                + ",NoId," + surname + ",,,\n";

        ApiResponse response = reception.post("/import", CSV, csv);

        JsonNode report = assertReport(response, 2, 0, 0, 4);
        assertThat(report.path("failures").toString())
                .contains("{\"row\":2,\"field\":\"birthDate\"")
                .contains("{\"row\":3,\"field\":\"firstName\"")
                .doesNotContain("\"field\":\"email\"")
                .contains("{\"row\":5,\"field\":\"externalId\"")
                .contains("{\"row\":6,\"field\":\"externalId\"");
        assertThat(reception.count("?search=" + surname)).isEqualTo(2);
        assertThat(report.path("warnings").size()).as("a failed row's bad email is one reason less, not a warning").isZero();
    }

    @Test
    void anUnreadableImportIsRejectedWholeAndWritesNothing() {
        String surname = uniqueSurname("Unread");
        String csv = "externalId,firstName,lastName,dateOfBirth\n" + uniqueExternalId() + ",Ana," + surname + ",2000-01-01\n";

        ApiResponse unknownColumn = reception.post("/import", CSV, csv);
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.json().path("field").asText()).isEqualTo("dateOfBirth");

        assertThat(reception.post("/import", FHIR_JSON, "{\"resourceType\": \"Patient\"}").status()).isEqualTo(400);
        assertThat(reception.post("/import", JSON, "[{\"externalId\": ").status()).isEqualTo(400);
        assertThat(reception.post("/import", "application/xml", "<patients/>").status()).isEqualTo(415);
        assertThat(reception.count("?search=" + surname)).isZero();
    }

    private static String fixture(String path) throws IOException {
        try (InputStream in = StaffImportPatientsIT.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode assertReport(ApiResponse response, int created, int updated, int unchanged, int failed) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.path("created").asInt()).as("created " + report).isEqualTo(created);
        assertThat(report.path("updated").asInt()).as("updated " + report).isEqualTo(updated);
        assertThat(report.path("unchanged").asInt()).as("unchanged " + report).isEqualTo(unchanged);
        assertThat(report.path("failed").asInt()).as("failed " + report).isEqualTo(failed);
        return report;
    }
}
