package org.patientaccess.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class PatientsSeeAndControlWhoActsForThemIT {

    /** A realm per test: each test builds its own family from nothing. */
    @InjectRealm(config = ClinicRealm.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void aParentSeesExactlyThePatientsTheyWereGranted() {
        String maria = newPatient("Maria", "1984-06-02");
        String sofia = newPatient("Sofia", "2014-03-09");
        String mateo = newPatient("Mateo", "2017-08-23");
        newPatient("Someone", "1990-01-01");
        grant(maria, ClinicRealm.MOTHER, "SELF");
        grant(sofia, ClinicRealm.MOTHER, "PARENT");
        grant(mateo, ClinicRealm.MOTHER, "PARENT");
        grant(mateo, ClinicRealm.FATHER, "PARENT");

        JsonNode mine = as(ClinicRealm.MOTHER).get("/patients").json();

        assertThat(mine).extracting(p -> p.path("patientId").asText()).containsExactlyInAnyOrder(maria, sofia, mateo);
        JsonNode sofiaEntry = find(mine, sofia);
        assertThat(sofiaEntry.path("firstName").asText()).isEqualTo("Sofia");
        assertThat(sofiaEntry.path("birthDate").asText()).isEqualTo("2014-03-09");
        assertThat(sofiaEntry.path("relationship").asText()).isEqualTo("PARENT");
        assertThat(sofiaEntry.path("permissions").toString()).isEqualTo("[\"BOOK\",\"VIEW\"]");
        assertThat(as(ClinicRealm.FATHER).get("/patients").json()).extracting(p -> p.path("patientId").asText()).containsExactly(mateo);
        assertThat(as(ClinicRealm.GRANDMOTHER).get("/patients").json()).isEmpty();
    }

    @Test
    void anArchivedPatientDisappearsFromTheList() {
        String sofia = newPatient("Sofia", "2014-03-09");
        grant(sofia, ClinicRealm.MOTHER, "PARENT");

        reception.delete("/" + sofia);

        assertThat(as(ClinicRealm.MOTHER).get("/patients").json()).isEmpty();
    }

    @Test
    void anAdultSeesWhoActsForThemAndRevokesItAtOnce() {
        String rosa = newPatient("Rosa", "1951-01-30");
        grant(rosa, ClinicRealm.GRANDMOTHER, "SELF");
        String caregiverGrant = grant(rosa, ClinicRealm.MOTHER, "CAREGIVER");

        PatientAccessApi grandmother = as(ClinicRealm.GRANDMOTHER);
        JsonNode actingForMe = grandmother.get("/accounts").json();
        assertThat(actingForMe).hasSize(1);
        assertThat(actingForMe.get(0).path("grantId").asText()).isEqualTo(caregiverGrant);
        assertThat(actingForMe.get(0).path("email").asText()).isEqualTo(ClinicRealm.MOTHER);
        assertThat(actingForMe.get(0).path("relationship").asText()).isEqualTo("CAREGIVER");
        assertThat(as(ClinicRealm.MOTHER).get("/patients").json()).hasSize(1);

        assertThat(grandmother.delete("/accounts/" + caregiverGrant).status()).isEqualTo(204);

        assertThat(as(ClinicRealm.MOTHER).get("/patients").json()).isEmpty();
        assertThat(grandmother.get("/accounts").json()).isEmpty();
        assertThat(reception.get("/" + rosa + "/accounts?includeEnded=true").json())
                .anySatisfy(g -> assertThat(g.path("status").asText()).isEqualTo("REVOKED"));
    }

    @Test
    void aHolderCanLeaveAGrantTheyHold() {
        String sofia = newPatient("Sofia", "2014-03-09");
        String grantId = grant(sofia, ClinicRealm.FATHER, "PARENT");

        assertThat(as(ClinicRealm.FATHER).delete("/patients/" + grantId).status()).isEqualTo(204);

        assertThat(as(ClinicRealm.FATHER).get("/patients").json()).isEmpty();
    }

    @Test
    void nobodyCanEndAGrantThatIsNotTheirsToEnd() {
        String sofia = newPatient("Sofia", "2014-03-09");
        String mothersGrant = grant(sofia, ClinicRealm.MOTHER, "PARENT");
        String rosa = newPatient("Rosa", "1951-01-30");
        grant(rosa, ClinicRealm.GRANDMOTHER, "SELF");

        assertThat(as(ClinicRealm.FATHER).delete("/patients/" + mothersGrant).status()).isEqualTo(404);
        assertThat(as(ClinicRealm.GRANDMOTHER).delete("/accounts/" + mothersGrant).status())
                .as("Sofia's record is not Rosa's own").isEqualTo(404);
        assertThat(as(ClinicRealm.MOTHER).get("/patients").json()).hasSize(1);
    }

    @Test
    void theApiNeedsASignedInPerson() {
        PatientAccessApi anonymous = PatientAccessApi.withToken(urls.getBase(), realm.getName(), null).me();
        PatientAccessApi forged = PatientAccessApi.withToken(urls.getBase(), realm.getName(), "not.a.token").me();

        assertThat(anonymous.get("/patients").status()).isEqualTo(401);
        assertThat(forged.get("/patients").status()).isEqualTo(401);
    }

    @Test
    void aTokenIssuedToAnotherClientCannotReadPatientsOrAddADependent() {
        String sofia = newPatient("Sofia", "2014-03-09");
        grant(sofia, ClinicRealm.MOTHER, "PARENT");
        // An ordinary token of the realm's admin-cli client, without the patient-access audience.
        PatientAccessApi otherClient = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.MOTHER, ClinicRealm.PASSWORD).me();

        ApiResponse read = otherClient.get("/patients");
        ApiResponse added = otherClient.post("/dependents", patient(null, "Victor", uniqueSurname("Stranger"), "1970-01-01", null, null));

        assertThat(read.status()).isEqualTo(401);
        assertThat(read.body()).doesNotContain("Sofia");
        assertThat(added.status()).isEqualTo(401);
        assertThat(as(ClinicRealm.MOTHER).get("/patients").json()).extracting(p -> p.path("patientId").asText()).containsExactly(sofia);
    }

    @Test
    void aMinorCannotEndTheirParentsAccessButTheClinicCan() {
        String teen = newPatient("Lucia", LocalDate.now().minusYears(15).toString());
        grant(teen, ClinicRealm.GRANDMOTHER, "SELF");
        String parentGrant = grant(teen, ClinicRealm.MOTHER, "PARENT");
        String guardianGrant = grant(teen, ClinicRealm.FATHER, "GUARDIAN");
        PatientAccessApi minor = as(ClinicRealm.GRANDMOTHER);
        assertThat(minor.get("/accounts").json()).allSatisfy(grant -> assertThat(grant.path("canRevoke").asBoolean())
                .as("a minor may not revoke a parent or guardian").isFalse());

        ApiResponse refused = minor.delete("/accounts/" + parentGrant);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().path("errorMessage").asText()).contains("age of majority");
        assertThat(minor.delete("/accounts/" + guardianGrant).status()).isEqualTo(403);
        assertThat(as(ClinicRealm.MOTHER).get("/patients").json()).hasSize(1);
        assertThat(reception.delete("/" + teen + "/accounts/" + parentGrant).status()).as("staff can").isEqualTo(204);
        assertThat(as(ClinicRealm.MOTHER).get("/patients").json()).isEmpty();
    }

    @Test
    void aMinorMayEndACaregiversAccessAndTheAgeOfMajorityIsTheRealmsOwn() {
        String teen = newPatient("Lucia", LocalDate.now().minusYears(17).toString());
        grant(teen, ClinicRealm.GRANDMOTHER, "SELF");
        String caregiverGrant = grant(teen, ClinicRealm.FATHER, "CAREGIVER");
        String parentGrant = grant(teen, ClinicRealm.MOTHER, "PARENT");
        PatientAccessApi minor = as(ClinicRealm.GRANDMOTHER);
        assertThat(find(minor.get("/accounts").json(), "grantId", caregiverGrant).path("canRevoke").asBoolean()).isTrue();
        assertThat(find(minor.get("/accounts").json(), "grantId", parentGrant).path("canRevoke").asBoolean()).isFalse();

        assertThat(minor.delete("/accounts/" + caregiverGrant).status()).isEqualTo(204);
        assertThat(minor.delete("/accounts/" + parentGrant).status()).isEqualTo(403);
        realm.updateWithCleanup(r -> r.attribute("patientAccess.ageOfMajority", "16"));
        assertThat(minor.delete("/accounts/" + parentGrant).status()).as("17 is of age where the realm says 16").isEqualTo(204);
    }

    @Test
    void addingADependentLeavingAndRevokingAreUserEventsWithIdsAndNoNames() {
        realm.updateWithCleanup(r -> r.eventsEnabled(true));
        String surname = uniqueSurname("Okafor");
        String rosa = newPatient("Rosa", "1951-01-30");
        grant(rosa, ClinicRealm.GRANDMOTHER, "SELF");
        String caregiverGrant = grant(rosa, ClinicRealm.MOTHER, "CAREGIVER");
        PatientAccessApi mother = as(ClinicRealm.MOTHER);

        String dependentGrant = mother.post("/dependents", patient(null, "Ada", surname, "2019-05-05", null, null)).json().path("grantId").asText();
        assertThat(mother.delete("/patients/" + dependentGrant).status()).isEqualTo(204);
        assertThat(as(ClinicRealm.GRANDMOTHER).delete("/accounts/" + caregiverGrant).status()).isEqualTo(204);

        // Only this test's grants: the Test Framework gives a realm its name as id, so the events another class
        // stored in an earlier realm of that name are read too.
        List<EventRepresentation> events = realm.admin().getEvents(List.of("GRANT_CONSENT", "REVOKE_GRANT"), null, null, null, null, null, 0, 100)
                .stream()
                // Some of them carry no grant id (a temporary carer's invitation is a GRANT_CONSENT too).
                .filter(e -> dependentGrant.equals(e.getDetails().get("patient_access_grant_id"))
                        || caregiverGrant.equals(e.getDetails().get("patient_access_grant_id")))
                .toList();
        assertThat(events).extracting(e -> e.getDetails().get("patient_access_action"))
                .containsExactlyInAnyOrder("add_dependent", "leave", "revoke");
        assertThat(events).extracting(e -> e.getDetails().get("patient_access_grant_id"))
                .containsExactlyInAnyOrder(dependentGrant, dependentGrant, caregiverGrant);
        assertThat(events.toString()).doesNotContain(surname).doesNotContain("Ada").doesNotContain("2019-05-05");
    }

    @Test
    void aPersonWhoManagesTheProfileCorrectsEmailAndPhoneAndStaffSeeItInTheHistory() {
        realm.updateWithCleanup(r -> r.eventsEnabled(true));
        String rosa = newPatient("Rosa", "1951-01-30");
        String grantId = grant(rosa, ClinicRealm.MOTHER, "CAREGIVER", List.of("BOOK", "VIEW", "MANAGE_PROFILE"));
        PatientAccessApi caregiver = as(ClinicRealm.MOTHER);

        ApiResponse corrected = caregiver.put("/patients/" + grantId + "/contact", Map.of("email", " Rosa.New@Family.TEST ", "phone", "(416) 555-0199"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().path("email").asText()).isEqualTo("rosa.new@family.test");
        assertThat(corrected.json().path("phone").asText()).isEqualTo("+14165550199");
        JsonNode record = reception.get("/" + rosa).json();
        assertThat(record.path("email").asText()).isEqualTo("rosa.new@family.test");
        assertThat(record.path("phone").asText()).isEqualTo("+14165550199");
        JsonNode changes = reception.get("/" + rosa + "/history").json().path("entries");
        assertThat(changes).anySatisfy(entry -> {
            assertThat(entry.path("action").asText()).isEqualTo("RECORD_UPDATED");
            assertThat(entry.path("actor").path("username").asText()).isEqualTo(ClinicRealm.MOTHER);
            assertThat(entry.path("details").path("fields").asText()).isEqualTo("email,phone");
        });
        assertThat(changes.toString()).as("the history names the fields, not their values").doesNotContain("rosa.new").doesNotContain("5550199");
    }

    @Test
    void contactDetailsAreCorrectedOnlyWithManageProfileAndOnlyWhenValid() {
        String rosa = newPatient("Rosa", "1951-01-30");
        String viewOnly = grant(rosa, ClinicRealm.FATHER, "CAREGIVER", List.of("BOOK", "VIEW"));
        String manager = grant(rosa, ClinicRealm.MOTHER, "CAREGIVER", List.of("VIEW", "MANAGE_PROFILE"));

        JsonNode fathersView = as(ClinicRealm.FATHER).get("/patients").json().get(0);
        ApiResponse refused = as(ClinicRealm.FATHER).put("/patients/" + viewOnly + "/contact", Map.of("email", "x@family.test"));
        ApiResponse badPhone = as(ClinicRealm.MOTHER).put("/patients/" + manager + "/contact", Map.of("email", "ok@family.test", "phone", "call me"));
        ApiResponse notMine = as(ClinicRealm.GRANDMOTHER).put("/patients/" + manager + "/contact", Map.of("email", "x@family.test"));

        assertThat(fathersView.has("email")).as("contact details only for who manages the profile").isFalse();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().path("field").asText()).isEqualTo("phone");
        assertThat(notMine.status()).isEqualTo(404);
        assertThat(reception.get("/" + rosa).json().path("email").isMissingNode() || reception.get("/" + rosa).json().path("email").isNull())
                .as("nothing changed").isTrue();
    }

    @Test
    void theAccountConsoleGetsTokensForThePersonsApi() {
        var clients = realm.admin().clients();
        String console = clients.findByClientId("account-console").get(0).getId();

        assertThat(clients.get(console).getDefaultClientScopes()).extracting(ClientScopeRepresentation::getName).contains("patient-access");
    }

    @Test
    void theAnswersArePersonalAndNeverCached() {
        String sofia = newPatient("Sofia", "2014-03-09");
        grant(sofia, ClinicRealm.MOTHER, "PARENT");

        assertThat(as(ClinicRealm.MOTHER).get("/patients").headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(reception.get("/" + sofia).headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(reception.get("?search=sofia").headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    private PatientAccessApi as(String username) {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, username, ClinicRealm.PASSWORD);
    }

    private String newPatient(String firstName, String birthDate) {
        return reception.create(patient(null, firstName, uniqueSurname("Garcia"), birthDate, null, null)).path("id").asText();
    }

    private String grant(String patientId, String email, String relationship) {
        return grant(patientId, email, relationship, null);
    }

    private String grant(String patientId, String email, String relationship, List<String> permissions) {
        Map<String, Object> terms = new HashMap<>(Map.of("email", email, "relationship", relationship));
        if (permissions != null) {
            terms.put("permissions", permissions);
        }
        var response = reception.post("/" + patientId + "/accounts", terms);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static JsonNode find(JsonNode patients, String patientId) {
        return find(patients, "patientId", patientId);
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (item.path(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + items);
    }
}
