package org.patientaccess.keycloak.it.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.injection.LifeCycle;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;
import org.patientaccess.keycloak.it.support.fhir.FhirClient;
import org.patientaccess.keycloak.it.support.fhir.FhirValidation;
import org.patientaccess.keycloak.it.support.oidc.BookingApp;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.SmartClinicRealm;
import org.patientaccess.keycloak.it.tokens.TokenFamily;

/**
 * A SMART app reads who acts for whom as FHIR R4 with a family's token: Patient, RelatedPerson (who
 * acts for the patient now), Consent (every grant, ended ones too); every answer passes HAPI FHIR's R4
 * validator, refusals included.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class FamiliesReadWhoActsForWhomAsFhirIT {

    private static final String READ_ALL = "openid patient/*.rs";
    private static final List<String> ALL_PERMISSIONS = List.of("BOOK", "VIEW", "MANAGE_PROFILE");

    @InjectRealm(config = SmartClinicRealm.class, lifecycle = LifeCycle.METHOD)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private TokenFamily family;
    private BookingApp app;
    private final Browser browser = new Browser();

    @BeforeEach
    void setUp() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        family = new TokenFamily(reception);
        app = new BookingApp(urls.getBase(), realm.getName(), SmartClinicRealm.SMART_APP);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aParentReadsHerChildWhoActsForItAndEveryConsentAndEachAnswerIsValidFhir() {
        String maria = family.newPatient("Maria", "1984-06-02");
        String sofia = family.newPatient("Sofia", "2014-03-09");
        family.grant(maria, ClinicRealm.MOTHER, "SELF");
        String mothers = grant(sofia, ClinicRealm.MOTHER, "PARENT", ALL_PERMISSIONS, "PARENTAL_RESPONSIBILITY");
        String fathers = family.grant(sofia, ClinicRealm.FATHER, "PARENT");
        FhirClient fhir = fhirAs(ClinicRealm.MOTHER, READ_ALL);

        JsonNode patient = valid(fhir.get("Patient/" + sofia), 200);
        assertThat(patient.path("resourceType").asText()).isEqualTo("Patient");
        assertThat(patient.path("id").asText()).isEqualTo(sofia);
        assertThat(patient.path("active").asBoolean()).isTrue();
        assertThat(patient.path("name").get(0).path("given").get(0).asText()).isEqualTo("Sofia");
        assertThat(patient.path("birthDate").asText()).isEqualTo("2014-03-09");

        JsonNode relatedPersons = valid(fhir.get("RelatedPerson?patient=" + sofia), 200);
        assertThat(relatedPersons.path("type").asText()).isEqualTo("searchset");
        assertThat(relatedPersons.path("total").asInt()).isEqualTo(2);
        assertThat(relatedPersons.path("link").get(0).path("url").asText()).isEqualTo(fhir.base() + "/RelatedPerson?patient=" + sofia);
        assertThat(entryIds(relatedPersons)).containsExactlyInAnyOrder(mothers, fathers);
        relatedPersons.path("entry").forEach(entry -> {
            assertThat(entry.path("fullUrl").asText()).isEqualTo(fhir.base() + "/RelatedPerson/" + entry.path("resource").path("id").asText());
            assertThat(entry.path("search").path("mode").asText()).isEqualTo("match");
            assertThat(entry.path("resource").path("patient").path("reference").asText()).isEqualTo("Patient/" + sofia);
            assertThat(entry.path("resource").path("relationship").get(0).path("coding").get(0).path("code").asText()).isEqualTo("PRN");
        });
        JsonNode father = entry(relatedPersons, fathers);
        assertThat(father.path("name").get(0).path("family").asText()).as("she manages Sofia's profile: she sees who he is").isEqualTo("Garcia");
        assertThat(father.path("name").get(0).path("given").get(0).asText()).isEqualTo("Luis");

        JsonNode consents = valid(fhir.get("Consent?patient=Patient/" + sofia), 200);
        assertThat(entryIds(consents)).containsExactlyInAnyOrder(mothers, fathers);
        JsonNode hers = entry(consents, mothers);
        assertThat(hers.path("status").asText()).isEqualTo("active");
        assertThat(hers.path("performer").get(0).path("reference").asText()).isEqualTo("RelatedPerson/" + mothers);
        assertThat(hers.path("policyRule").path("coding").get(0).path("code").asText()).isEqualTo("PARENTAL_RESPONSIBILITY");
        assertThat(codes(hers.path("provision").path("action"))).containsExactly("BOOK", "VIEW", "MANAGE_PROFILE");
        assertThat(entry(consents, fathers).path("policyRule").path("text").asText()).isEqualTo("Legal basis not recorded");
        assertThat(valid(fhir.get("Consent/" + mothers), 200).path("id").asText()).isEqualTo(mothers);
        assertThat(valid(fhir.get("RelatedPerson/" + fathers), 200).path("active").asBoolean()).isTrue();

        JsonNode patients = valid(fhir.get("Patient"), 200);
        assertThat(entryIds(patients)).containsExactly(maria, sofia);
        assertThat(entryIds(valid(fhir.get("Patient?_id=" + sofia + "," + UUID.randomUUID()), 200))).containsExactly(sofia);
    }

    @Test
    void whoOnlyBooksSeesNeitherTheOtherParentsNameNorTheChildsContactDetails() {
        String sofia = reception.create(patient(null, "Sofia", uniqueSurname("Garcia"), "2014-03-09", "sofia@family.test", null)).path("id").asText();
        String mothers = grant(sofia, ClinicRealm.MOTHER, "PARENT", ALL_PERMISSIONS, null);
        grant(sofia, ClinicRealm.FATHER, "PARENT", List.of("BOOK"), null);
        FhirClient fhir = fhirAs(ClinicRealm.FATHER, READ_ALL);

        JsonNode patient = valid(fhir.get("Patient/" + sofia), 200);
        assertThat(patient.has("telecom")).as("BOOK only: no contact details").isFalse();
        JsonNode mother = valid(fhir.get("RelatedPerson/" + mothers), 200);
        assertThat(mother.has("name")).as("he does not manage the profile").isFalse();
        assertThat(mother.path("relationship").get(0).path("coding").get(0).path("code").asText()).isEqualTo("PRN");
    }

    @Test
    void anEndedGrantIsAnInactiveRelatedPersonAndConsentFromTheNextRequest() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        grant(sofia, ClinicRealm.MOTHER, "PARENT", ALL_PERMISSIONS, null);
        String fathers = family.grant(sofia, ClinicRealm.FATHER, "PARENT");
        FhirClient fhir = fhirAs(ClinicRealm.MOTHER, READ_ALL);
        assertThat(valid(fhir.get("Consent/" + fathers), 200).path("status").asText()).isEqualTo("active");

        family.endGrant(sofia, fathers);

        JsonNode father = valid(fhir.get("RelatedPerson/" + fathers), 200);
        assertThat(father.path("active").asBoolean()).isFalse();
        assertThat(father.path("period").has("end")).isTrue();
        JsonNode consent = valid(fhir.get("Consent/" + fathers), 200);
        assertThat(consent.path("status").asText()).isEqualTo("inactive");
        assertThat(consent.path("provision").path("period").path("end").asText()).isEqualTo(father.path("period").path("end").asText());
        assertThat(entryIds(valid(fhir.get("RelatedPerson?patient=" + sofia), 200))).as("who acts for her now").doesNotContain(fathers);
        assertThat(entryIds(valid(fhir.get("Consent?patient=" + sofia), 200))).as("every consent, ended ones too").contains(fathers);
    }

    @Test
    void anotherFamilysRecordsAnswerExactlyAsIdsThatDoNotExist() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        String stranger = family.newPatient("Rosa", "1951-01-30");
        String strangersGrant = family.grant(stranger, ClinicRealm.GRANDMOTHER, "SELF");
        FhirClient fhir = fhirAs(ClinicRealm.MOTHER, READ_ALL);

        for (String type : List.of("Patient", "RelatedPerson", "Consent")) {
            String otherFamilys = type.equals("Patient") ? stranger : strangersGrant;
            ApiResponse forbidden = fhir.get(type + "/" + otherFamilys);
            ApiResponse nonexistent = fhir.get(type + "/" + UUID.randomUUID());
            assertThat(forbidden.status()).as(type).isEqualTo(404);
            assertThat(forbidden.body()).as(type).isEqualTo(nonexistent.body());
            JsonNode outcome = valid(forbidden, 404);
            assertThat(outcome.path("resourceType").asText()).isEqualTo("OperationOutcome");
            assertThat(outcome.path("issue").get(0).path("code").asText()).isEqualTo("not-found");
        }
        assertThat(valid(fhir.get("RelatedPerson?patient=" + stranger), 200).path("total").asInt()).as("a search finds nothing of theirs").isZero();
        assertThat(valid(fhir.get("Patient?_id=" + stranger), 200).path("total").asInt()).isZero();
    }

    @Test
    void aTokenWithoutThePatientScopesIsForbiddenAndNoTokenIsUnauthorized() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        FhirClient plain = fhirAs(ClinicRealm.MOTHER, "openid");

        ApiResponse forbidden = plain.get("Patient/" + sofia);
        assertThat(valid(forbidden, 403).path("issue").get(0).path("code").asText()).isEqualTo("forbidden");
        assertThat(forbidden.json().path("issue").get(0).path("diagnostics").asText()).contains("patient/Patient.r");

        ApiResponse anonymous = new FhirClient(urls.getBase(), realm.getName(), null).get("Patient/" + sofia);
        assertThat(valid(anonymous, 401).path("issue").get(0).path("code").asText()).isEqualTo("login");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(new FhirClient(urls.getBase(), realm.getName(), "not-a-token").get("Patient").status()).isEqualTo(401);
    }

    @Test
    void aTokenForPatientsOnlyMayNotReadConsents() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mothers = family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        FhirClient fhir = fhirAs(ClinicRealm.MOTHER, "openid patient/Patient.rs");

        valid(fhir.get("Patient/" + sofia), 200);
        assertThat(valid(fhir.get("Consent/" + mothers), 403).path("issue").get(0).path("diagnostics").asText()).contains("patient/Consent.r");
    }

    @Test
    void aTokenWithAChosenPatientSeesThatPatientOnly() {
        String maria = family.newPatient("Maria", "1984-06-02");
        String sofia = family.newPatient("Sofia", "2014-03-09");
        String mariasOwn = family.grant(maria, ClinicRealm.MOTHER, "SELF");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");

        String verifier = app.startLogin(browser, "openid launch/patient patient/*.rs");
        browser.logIn(ClinicRealm.MOTHER, ClinicRealm.PASSWORD).click("patient-" + sofia);
        FhirClient fhir = new FhirClient(urls.getBase(), realm.getName(), app.finishLogin(browser, verifier).accessToken());

        assertThat(entryIds(valid(fhir.get("Patient"), 200))).containsExactly(sofia);
        assertThat(fhir.get("Patient/" + maria).status()).isEqualTo(404);
        assertThat(fhir.get("Consent/" + mariasOwn).status()).isEqualTo(404);
        assertThat(valid(fhir.get("RelatedPerson?patient=" + maria), 200).path("total").asInt()).isZero();
    }

    @Test
    void unknownSearchParametersAreIgnoredUnlessTheClientAsksForStrictHandling() {
        String sofia = family.newPatient("Sofia", "2014-03-09");
        family.grant(sofia, ClinicRealm.MOTHER, "PARENT");
        FhirClient fhir = fhirAs(ClinicRealm.MOTHER, READ_ALL);

        JsonNode lenient = valid(fhir.get("Patient?name=Sofia"), 200);
        assertThat(entryIds(lenient)).containsExactly(sofia);
        assertThat(lenient.path("link").get(0).path("url").asText()).as("the search as understood").isEqualTo(fhir.base() + "/Patient");

        JsonNode strict = valid(fhir.getStrictly("Patient?name=Sofia"), 400);
        assertThat(strict.path("issue").get(0).path("diagnostics").asText()).contains("name");
        assertThat(valid(fhir.get("Patient?_format=xml"), 406).path("issue").get(0).path("code").asText()).isEqualTo("not-supported");
    }

    @Test
    void theCapabilityStatementIsPublicValidAndNamesKeycloaksOwnEndpoints() {
        ApiResponse metadata = new FhirClient(urls.getBase(), realm.getName(), null).get("metadata");
        JsonNode statement = valid(metadata, 200);
        JsonNode discovery = PatientAccessApi.send(HttpRequest.newBuilder(URI.create(
                urls.getBase() + "/realms/" + realm.getName() + "/.well-known/openid-configuration")).GET().build()).json();

        assertThat(statement.path("fhirVersion").asText()).isEqualTo("4.0.1");
        JsonNode security = statement.path("rest").get(0).path("security");
        assertThat(security.path("service").get(0).path("coding").get(0).path("code").asText()).isEqualTo("SMART-on-FHIR");
        JsonNode oauth = security.path("extension").get(0);
        assertThat(oauth.path("url").asText()).isEqualTo("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");
        assertThat(uri(oauth, "token")).isEqualTo(discovery.path("token_endpoint").asText());
        assertThat(uri(oauth, "authorize")).isEqualTo(discovery.path("authorization_endpoint").asText());
        List<String> types = new ArrayList<>();
        statement.path("rest").get(0).path("resource").forEach(resource -> types.add(resource.path("type").asText()));
        assertThat(types).containsExactly("Patient", "RelatedPerson", "Consent");
    }

    /** The app's token after the person signs in (no picker: these tests ask for no launch context). */
    private FhirClient fhirAs(String username, String scope) {
        return new FhirClient(urls.getBase(), realm.getName(), app.logIn(browser, username, ClinicRealm.PASSWORD, scope).accessToken());
    }

    /** Staff give the account access with these permissions and legal basis (none recorded when null). */
    private String grant(String patientId, String email, String relationship, List<String> permissions, String legalBasis) {
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "relationship", relationship, "permissions", permissions));
        if (legalBasis != null) {
            body.put("legalBasis", legalBasis);
        }
        ApiResponse response = reception.post("/" + patientId + "/accounts", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    /** The answer's JSON after checking its status, its headers and that it is valid FHIR R4. */
    private static JsonNode valid(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        FhirValidation.requireValid(response.body());
        return response.json();
    }

    private static List<String> entryIds(JsonNode bundle) {
        List<String> ids = new ArrayList<>();
        bundle.path("entry").forEach(entry -> ids.add(entry.path("resource").path("id").asText()));
        return ids;
    }

    private static JsonNode entry(JsonNode bundle, String id) {
        for (JsonNode entry : bundle.path("entry")) {
            if (entry.path("resource").path("id").asText().equals(id)) {
                return entry.path("resource");
            }
        }
        throw new AssertionError("no " + id + " in " + bundle);
    }

    private static List<String> codes(JsonNode concepts) {
        List<String> codes = new ArrayList<>();
        concepts.forEach(concept -> codes.add(concept.path("coding").get(0).path("code").asText()));
        return codes;
    }

    private static String uri(JsonNode oauthUris, String name) {
        for (JsonNode extension : oauthUris.path("extension")) {
            if (extension.path("url").asText().equals(name)) {
                return extension.path("valueUri").asText();
            }
        }
        throw new AssertionError("no " + name + " in " + oauthUris);
    }
}
