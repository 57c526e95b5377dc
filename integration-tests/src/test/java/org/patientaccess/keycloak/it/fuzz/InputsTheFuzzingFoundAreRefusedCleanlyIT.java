package org.patientaccess.keycloak.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

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

/** Each input the fuzzing (or the work on it) found answered badly, kept as an example. */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class InputsTheFuzzingFoundAreRefusedCleanlyIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    /** Was a 400 naming no field. */
    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        ApiResponse answer = reception.post("", PatientAccessApi.JSON,
                "{\"firstName\": {\"given\": \"Ana\"}, \"lastName\": \"" + uniqueSurname("Shape") + "\"}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("field").asText()).isEqualTo("firstName");
    }

    /** Was a 400 naming no field: a number too large for an integer is read before any field rule. */
    @Test
    void aNumberTooLargeForItsFieldIsNamed() {
        String id = reception.create(patient(null, "Ana", uniqueSurname("Large"), null, null, null)).path("id").asText();

        ApiResponse answer = reception.put("/" + id, "{\"firstName\": \"Ana\", \"lastName\": \"Li\", \"version\": 1e400}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("field").asText()).isEqualTo("version");
    }

    /**
     * Still a 500, and Keycloak's: before the method of any POST that may consume a form, Keycloak has
     * the JAX-RS runtime parse the form body, and a multipart body that does not follow its boundary
     * fails there ("Connection terminated parsing multipart request"), at Keycloak's own certificate
     * upload as at our import. Kept so that the day Keycloak answers otherwise, this test says so; a
     * well-formed multipart body reaches the import and gets its 415 naming the field. Nothing is written.
     */
    @Test
    void aMalformedMultipartBodyIsAnsweredAsKeycloakAnswersItAndWritesNothing() {
        long before = reception.count("?status=any");
        String malformed = "multipart/form-data; boundary=XYZ";
        String body = "externalId,firstName,lastName\nFT-1,Ana,Li";

        ApiResponse atOurImport = reception.post("/import", malformed, body);
        String clientId = realm.admin().clients().findAll().get(0).getId();
        ApiResponse atKeycloaksUpload = PatientAccessApi.withToken(urls.getBase(), realm.getName(), reception.token())
                .at("/admin/realms/" + realm.getName() + "/clients/" + clientId + "/certificates/jwt.credential/upload")
                .post("", malformed, body);
        ApiResponse wellFormed = reception.post("/import", "multipart/form-data; boundary=XYZ",
                "--XYZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n" + body + "\r\n--XYZ--\r\n");

        assertThat(atOurImport.status()).as(atOurImport.toString()).isEqualTo(atKeycloaksUpload.status()).isEqualTo(500);
        assertThat(wellFormed.status()).as(wellFormed.toString()).isEqualTo(415);
        assertThat(wellFormed.json().path("field").asText()).isEqualTo("Content-Type");
        assertThat(reception.count("?status=any")).isEqualTo(before);
    }

    /**
     * Keycloak's 400, not ours: a query value with a control character below U+0020 (but tab, LF and
     * CR) is refused by Keycloak's InvalidQueryParameterFilter before any resource is matched, in
     * another shape ({@code {"error": ...}}, no field named), at Keycloak's own user search as at our
     * patient search. Found once the fuzzing drew control characters more often. Kept so that the day
     * Keycloak answers otherwise, this test says so; a tab reaches our search. Nothing is written.
     */
    /**
     * Found on PostgreSQL, which refuses a NUL in text outright: an imported external id holding one
     * was a server error. A control character (or half a surrogate pair) is refused by name in every
     * field, by the import too, and nothing is written.
     */
    @Test
    void aControlCharacterInAnyFieldIsRefusedByNameOnEveryDatabase() {
        long before = reception.count("?status=any");
        String surname = uniqueSurname("Nul");

        ApiResponse created = reception.post("", PatientAccessApi.JSON,
                "{\"externalId\": \"FN-\\u0000\", \"firstName\": \"Ana\", \"lastName\": \"" + surname + "\"}");
        ApiResponse imported = reception.post("/import", PatientAccessApi.JSON,
                "[{\"externalId\": \"FN-\\u0000\", \"firstName\": \"Ana\", \"lastName\": \"" + surname + "\"}]");

        assertThat(created.status()).as(created.toString()).isEqualTo(400);
        assertThat(created.json().path("field").asText()).isEqualTo("externalId");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("failures").get(0).path("field").asText()).isEqualTo("externalId");
        assertThat(reception.count("?status=any")).isEqualTo(before);
    }

    @Test
    void aControlCharacterInAQueryValueIsRefusedByKeycloakBeforeOurSearch() {
        long before = reception.count("?status=any");
        String query = "?search=" + PatientAccessApi.encode("Ana\u0001");

        ApiResponse atOurSearch = reception.get(query);
        ApiResponse atKeycloaksUsers = PatientAccessApi.withToken(urls.getBase(), realm.getName(), reception.token())
                .at("/admin/realms/" + realm.getName() + "/users").get(query);
        ApiResponse withATab = reception.get("?search=" + PatientAccessApi.encode("Ana\t"));

        assertThat(atOurSearch.status()).as(atOurSearch.toString()).isEqualTo(atKeycloaksUsers.status()).isEqualTo(400);
        assertThat(atOurSearch.json().path("error").asText()).isEqualTo(atKeycloaksUsers.json().path("error").asText())
                .isEqualTo("Blocking invalid query parameter value");
        assertThat(withATab.status()).as(withATab.toString()).isLessThan(500);
        assertThat(withATab.json().path("error").isMissingNode()).as("our answer, not Keycloak's filter's: %s", withATab).isTrue();
        assertThat(reception.count("?status=any")).isEqualTo(before);
    }
}
