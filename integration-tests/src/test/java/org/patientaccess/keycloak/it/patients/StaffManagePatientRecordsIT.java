package org.patientaccess.keycloak.it.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
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
class StaffManagePatientRecordsIT {

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
    void aCreatedPatientIsStoredNormalisedAndReadBackAtItsLocation() {
        String externalId = uniqueExternalId();
        ApiResponse created = reception.post("", patient(externalId, " Zoë ", "O'Brien", "1984-06-02",
                "Zoe.OBrien@Example.com", "(416) 555-0134"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode patient = created.json();
        assertThat(patient.path("id").asText()).isNotBlank();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/patient-access/patients/" + patient.path("id").asText()));
        assertThat(patient.path("externalId").asText()).isEqualTo(externalId);
        assertThat(patient.path("firstName").asText()).isEqualTo("Zoë");
        assertThat(patient.path("email").asText()).isEqualTo("zoe.obrien@example.com");
        assertThat(patient.path("phone").asText()).as("E.164 in the realm's region, CA").isEqualTo("+14165550134");
        assertThat(patient.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(patient.path("source").asText()).isEqualTo("ADMIN");
        assertThat(patient.path("createdAt").asText()).isEqualTo(patient.path("updatedAt").asText()).isNotBlank();

        ApiResponse read = reception.get("/" + patient.path("id").asText());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(patient);
    }

    /**
     * The test server sets the region under the option's former name, {@code spi-patient-record--jpa--default-phone-region=FR}
     * (see PatientAccessServerConfig): an operator's existing configuration keeps working.
     */
    @Test
    void whereTheRealmNamesNoKnownRegionANumberIsReadInTheServersOwnEvenUnderTheOptionsFormerName() {
        realm.updateWithCleanup(r -> r.attribute("patientAccess.defaultPhoneRegion", "none"));

        JsonNode created = reception.create(patient(uniqueExternalId(), "Ana", "Li", "2000-01-01", null, "06 12 34 56 78"));

        assertThat(created.path("phone").asText()).isEqualTo("+33612345678");
    }

    /** The consoles write a phone of this region in national format: the region numbers are read in, the realm's or else the server's. */
    @Test
    void staffAndPatientsConsolesReadTheRegionNumbersAreReadIn() {
        PatientAccessApi formats = reception.at("/admin/realms/" + realm.getName() + "/patient-access/formats");
        PatientAccessApi mother = PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
        assertThat(formats.get("").json().path("region").asText()).isEqualTo(ClinicRealm.PHONE_REGION);
        assertThat(mother.get("/formats").json().path("region").asText()).isEqualTo(ClinicRealm.PHONE_REGION);

        realm.updateWithCleanup(r -> r.attribute("patientAccess.defaultPhoneRegion", "none"));

        assertThat(formats.get("").json().path("region").asText()).as("the server's, as for reading a number").isEqualTo("FR");
        assertThat(mother.get("/formats").json().path("region").asText()).isEqualTo("FR");
    }

    @Test
    void anUpdateReplacesTheEditableFieldsAndKeepsTheRest() {
        JsonNode created = reception.create(patient(uniqueExternalId(), "Ana", "Li", "2000-01-01", "ana@example.com", null));
        String id = created.path("id").asText();

        Map<String, Object> changed = patient(uniqueExternalId(), "Anna", "Li-Wong", "2000-01-02", null, "+33 6 12 34 56 78");
        changed.put("id", "ignored-read-only");
        changed.put("source", "ONLINE");
        ApiResponse updated = reception.put("/" + id, changed);

        assertThat(updated.status()).isEqualTo(200);
        JsonNode patient = updated.json();
        assertThat(patient.path("id").asText()).isEqualTo(id);
        assertThat(patient.path("firstName").asText()).isEqualTo("Anna");
        assertThat(patient.path("lastName").asText()).isEqualTo("Li-Wong");
        assertThat(patient.path("birthDate").asText()).isEqualTo("2000-01-02");
        assertThat(patient.has("email")).as("email cleared").isFalse();
        assertThat(patient.path("phone").asText()).isEqualTo("+33612345678");
        assertThat(patient.path("source").asText()).isEqualTo("ADMIN");
        assertThat(patient.path("createdAt")).isEqualTo(created.path("createdAt"));
        assertThat(reception.get("/" + id).json()).isEqualTo(patient);
    }

    @Test
    void anArchivedPatientLeavesTheDefaultSearchButIsKeptAndCanBeRestored() {
        String surname = uniqueSurname("Archive");
        String id = reception.create(patient(null, "Ana", surname, null, null, null)).path("id").asText();

        assertThat(reception.delete("/" + id).status()).isEqualTo(204);

        assertThat(reception.get("/" + id).json().path("status").asText()).isEqualTo("ARCHIVED");
        assertThat(reception.count("?search=" + surname)).isZero();
        assertThat(reception.count("?status=archived&search=" + surname)).isEqualTo(1);
        assertThat(reception.delete("/" + id).status()).as("archiving twice is harmless").isEqualTo(204);

        Map<String, Object> restored = patient(null, "Ana", surname, null, null, null);
        restored.put("status", "ACTIVE");
        assertThat(reception.put("/" + id, restored).json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(reception.count("?search=" + surname)).isEqualTo(1);
    }

    @Test
    void anEditNamingTheVersionItReadIsSavedAndAStaleVersionIsRefusedWithNothingWritten() {
        String id = reception.create(patient(null, "Ana", uniqueSurname("Version"), "2000-01-01", null, null)).path("id").asText();
        ApiResponse read = reception.get("/" + id);
        String etag = read.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + read.headers()));
        assertThat(etag).as("a strong tag of the version").isEqualTo("\"" + read.json().path("version").asInt() + "\"");

        Map<String, Object> first = patient(null, "Anna", "Li", "2000-01-01", null, null);
        ApiResponse saved = reception.put("/" + id, first, etag);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        String newEtag = saved.headers().firstValue("ETag").orElseThrow();
        assertThat(newEtag).isNotEqualTo(etag).isEqualTo(reception.get("/" + id).headers().firstValue("ETag").orElseThrow());

        ApiResponse stale = reception.put("/" + id, patient(null, "Hanna", "Li", "2000-01-01", null, null), etag);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.json().path("field").asText()).isEqualTo("If-Match");
        assertThat(stale.json().path("errorMessage").asText()).isNotBlank();
        assertThat(reception.put("/" + id, first, "W/" + newEtag).status()).as("If-Match compares strongly").isEqualTo(412);
        assertThat(reception.put("/" + id, first, "3").status()).as("not an entity tag").isEqualTo(400);
        assertThat(reception.get("/" + id).json().path("firstName").asText()).as("nothing written").isEqualTo("Anna");

        assertThat(reception.put("/" + id, patient(null, "Ann", "Li", null, null, null)).status())
                .as("without If-Match an edit works as before").isEqualTo(200);
    }

    @Test
    void ofTwoEditsOfTheSameVersionAtTheSameMomentOneIsSavedAndTheOtherRefusedWithNothingWritten() {
        String id = reception.create(patient(null, "Ana", uniqueSurname("Race"), null, null, null)).path("id").asText();
        String etag = reception.get("/" + id).headers().firstValue("ETag").orElseThrow();

        CompletableFuture<ApiResponse> first = CompletableFuture.supplyAsync(
                () -> reception.put("/" + id, patient(null, "First", "Li", null, null, null), etag));
        CompletableFuture<ApiResponse> second = CompletableFuture.supplyAsync(
                () -> reception.put("/" + id, patient(null, "Second", "Li", null, null, null), etag));

        List<ApiResponse> answers = List.of(first.join(), second.join());
        assertThat(answers).extracting(ApiResponse::status).as(answers.toString()).containsExactlyInAnyOrder(200, 412);
        ApiResponse winner = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
        assertThat(reception.get("/" + id).json()).isEqualTo(winner.json());
    }

    @Test
    void eachChangeIsRecordedAsAnAdminEventWithoutPersonalData() {
        String id = reception.create(patient(null, "Eve", uniqueSurname("Event"), "1999-09-09", "eve@example.com", null))
                .path("id").asText();

        List<AdminEventRepresentation> events = realm.admin().getAdminEvents().stream()
                .filter(event -> "PATIENT_RECORD".equals(event.getResourceType()))
                .toList();
        assertThat(events).extracting(AdminEventRepresentation::getResourcePath)
                .contains("patient-access/patients/" + id);
        assertThat(events).extracting(AdminEventRepresentation::getRepresentation).containsOnlyNulls();
    }
}
