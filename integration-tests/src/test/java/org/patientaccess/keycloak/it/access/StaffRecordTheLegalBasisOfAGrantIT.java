package org.patientaccess.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.server.KeycloakUrls;
import org.patientaccess.keycloak.it.support.PatientAccessServerConfig;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;
import org.patientaccess.keycloak.it.support.realm.InvitingClinicRealm;

/**
 * Staff record on what ground an account acts for a patient (parental responsibility, a court order,
 * a power of attorney, the patient's consent, other), or record none; the person sees it and cannot
 * set it; an invitation's goes onto the grant its acceptance creates.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffRecordTheLegalBasisOfAGrantIT {

    @InjectRealm(config = InvitingClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
    }

    @Test
    void aLegalBasisIsRecordedOnCreateChangedOnUpdateAndClearedWhenLeftOut() {
        String child = newPatient("Sofia");

        ApiResponse created = reception.post("/" + child + "/accounts", grant(ClinicRealm.MOTHER, "PARENT", "PARENTAL_RESPONSIBILITY"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String grantId = created.json().path("id").asText();
        assertThat(created.json().path("legalBasis").asText()).isEqualTo("PARENTAL_RESPONSIBILITY");
        assertThat(reception.get("/" + child + "/accounts").json().get(0).path("legalBasis").asText()).isEqualTo("PARENTAL_RESPONSIBILITY");

        ApiResponse changed = reception.put("/" + child + "/accounts/" + grantId, grant(null, "GUARDIAN", "court_order"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("legalBasis").asText()).isEqualTo("COURT_ORDER");

        ApiResponse cleared = reception.put("/" + child + "/accounts/" + grantId, grant(null, "GUARDIAN", null));
        assertThat(cleared.json().path("legalBasis").isMissingNode() || cleared.json().path("legalBasis").isNull())
                .as("not recorded: " + cleared).isTrue();
    }

    @Test
    void thePersonSeesTheLegalBasisOfTheirAccessAndOfWhoActsForThem() {
        String rosa = newPatient("Rosa");
        reception.post("/" + rosa + "/accounts", grant(ClinicRealm.GRANDMOTHER, "SELF", null));
        reception.post("/" + rosa + "/accounts", grant(ClinicRealm.MOTHER, "CAREGIVER", "POWER_OF_ATTORNEY"));

        JsonNode held = person(ClinicRealm.MOTHER).get("/patients").json();
        JsonNode actingForRosa = person(ClinicRealm.GRANDMOTHER).get("/accounts").json();

        assertThat(held).filteredOn(p -> p.path("patientId").asText().equals(rosa))
                .singleElement().satisfies(p -> assertThat(p.path("legalBasis").asText()).isEqualTo("POWER_OF_ATTORNEY"));
        assertThat(actingForRosa).singleElement().satisfies(g -> assertThat(g.path("legalBasis").asText()).isEqualTo("POWER_OF_ATTORNEY"));
    }

    @Test
    void anInvitationsLegalBasisGoesOntoTheGrantItsAcceptanceCreates() {
        String leo = newPatient("Leo");
        Map<String, Object> invitation = grant(null, "PARENT", "PARENTAL_RESPONSIBILITY");
        invitation.put("email", ClinicRealm.FATHER);

        ApiResponse invited = reception.post("/" + leo + "/invitations", invitation);

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(reception.get("/" + leo + "/invitations").json().get(0).path("legalBasis").asText()).isEqualTo("PARENTAL_RESPONSIBILITY");
        PatientAccessApi father = person(ClinicRealm.FATHER);
        String invitationId = waitingFor(father, "Leo").path("invitationId").asText();
        ApiResponse accepted = father.post("/invitations/" + invitationId + "/accept", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("legalBasis").asText()).isEqualTo("PARENTAL_RESPONSIBILITY");
        assertThat(reception.get("/" + leo + "/accounts").json()).singleElement().satisfies(grant -> {
            assertThat(grant.path("origin").asText()).isEqualTo("INVITATION");
            assertThat(grant.path("legalBasis").asText()).isEqualTo("PARENTAL_RESPONSIBILITY");
        });
    }

    @Test
    void aMergeMovesAGrantWithItsLegalBasis() {
        String surname = uniqueSurname("Garcia");
        String survivor = reception.create(patient(null, "Eva", surname, "2013-02-02", null, null)).path("id").asText();
        String merged = reception.create(patient(null, "Eva", surname, "2013-02-02", null, "416 555 0123")).path("id").asText();
        reception.post("/" + merged + "/accounts", grant(ClinicRealm.FATHER, "GUARDIAN", "COURT_ORDER"));

        ApiResponse merge = reception.post("/" + survivor + "/merge", Map.of("mergedId", merged, "take", List.of("phone")));

        assertThat(merge.status()).as(merge.toString()).isEqualTo(200);
        assertThat(reception.get("/" + survivor + "/accounts").json()).singleElement()
                .satisfies(grant -> assertThat(grant.path("legalBasis").asText()).isEqualTo("COURT_ORDER"));
    }

    @Test
    void anUnknownLegalBasisIsNamedAndNothingChanges() {
        String ana = newPatient("Ana");
        String grantId = reception.post("/" + ana + "/accounts", grant(ClinicRealm.MOTHER, "PARENT", "PARENTAL_RESPONSIBILITY")).json().path("id").asText();
        Map<String, Object> invitation = grant(null, "PARENT", "BIRTH_CERTIFICATE");
        invitation.put("email", ClinicRealm.FATHER);

        assertField(reception.post("/" + ana + "/accounts", grant(ClinicRealm.FATHER, "PARENT", "BIRTH_CERTIFICATE")));
        assertField(reception.put("/" + ana + "/accounts/" + grantId, grant(null, "PARENT", "BIRTH_CERTIFICATE")));
        assertField(reception.post("/" + ana + "/invitations", invitation));
        assertField(reception.post("/" + ana + "/accounts", grant(ClinicRealm.GRANDMOTHER, "SELF", "PATIENT_CONSENT")));

        assertThat(reception.get("/" + ana + "/accounts?includeEnded=true").json()).singleElement()
                .satisfies(grant -> assertThat(grant.path("legalBasis").asText()).isEqualTo("PARENTAL_RESPONSIBILITY"));
        assertThat(reception.get("/" + ana + "/invitations").json()).isEmpty();
    }

    @Test
    void staffWhoMayOnlyViewSeeTheLegalBasisButCannotSetIt() {
        String mia = newPatient("Mia");
        String grantId = reception.post("/" + mia + "/accounts", grant(ClinicRealm.MOTHER, "PARENT", "OTHER")).json().path("id").asText();
        PatientAccessApi auditor = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.AUDITOR, ClinicRealm.PASSWORD);

        assertThat(auditor.get("/" + mia + "/accounts").json().get(0).path("legalBasis").asText()).isEqualTo("OTHER");
        assertThat(auditor.put("/" + mia + "/accounts/" + grantId, grant(null, "PARENT", "COURT_ORDER")).status()).isEqualTo(403);
        assertThat(auditor.post("/" + mia + "/accounts", grant(ClinicRealm.FATHER, "PARENT", "COURT_ORDER")).status()).isEqualTo(403);

        assertThat(reception.get("/" + mia + "/accounts").json()).singleElement()
                .satisfies(grant -> assertThat(grant.path("legalBasis").asText()).isEqualTo("OTHER"));
    }

    @Test
    void aFamilyCannotRecordALegalBasisForADependentTheyAdd() {
        PatientAccessApi mother = person(ClinicRealm.MOTHER);
        Map<String, Object> dependent = new LinkedHashMap<>(patient(null, "Nina", uniqueSurname("Garcia"), "2019-04-04", null, null));
        dependent.put("legalBasis", "PARENTAL_RESPONSIBILITY");

        ApiResponse refused = mother.post("/dependents", dependent);
        dependent.remove("legalBasis");
        ApiResponse added = mother.post("/dependents", dependent);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().path("legalBasis").isMissingNode() || added.json().path("legalBasis").isNull())
                .as("a family's word is not a recorded legal basis: " + added).isTrue();
    }

    private String newPatient(String firstName) {
        return reception.create(patient(null, firstName, uniqueSurname("Garcia"), "2014-03-09", null, null)).path("id").asText();
    }

    private PatientAccessApi person(String username) {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, username, ClinicRealm.PASSWORD);
    }

    private static JsonNode waitingFor(PatientAccessApi person, String firstName) {
        for (JsonNode invitation : person.get("/invitations").json()) {
            if (invitation.path("patientFirstName").asText().equals(firstName)) {
                return invitation;
            }
        }
        throw new AssertionError("no invitation for " + firstName);
    }

    private static Map<String, Object> grant(String email, String relationship, String legalBasis) {
        Map<String, Object> grant = new LinkedHashMap<>();
        if (email != null) {
            grant.put("email", email);
        }
        grant.put("relationship", relationship);
        if (legalBasis != null) {
            grant.put("legalBasis", legalBasis);
        }
        return grant;
    }

    private static void assertField(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).as(response.toString()).isEqualTo("legalBasis");
    }
}
