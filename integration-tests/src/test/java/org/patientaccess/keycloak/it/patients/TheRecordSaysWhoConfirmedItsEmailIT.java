package org.patientaccess.keycloak.it.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patientaccess.keycloak.it.support.Patients.patient;
import static org.patientaccess.keycloak.it.support.Patients.uniqueExternalId;
import static org.patientaccess.keycloak.it.support.Patients.uniqueSurname;

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
import org.patientaccess.keycloak.it.support.realm.ClinicRealm;

/**
 * The staff's view of a record says who confirmed its email ({@code emailSource}): the clinic (staff or
 * an import), the patient from their own account, or a delegate (someone acting for the patient). Staff
 * and the patient confirm an email a delegate set; no one else can.
 */
@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class TheRecordSaysWhoConfirmedItsEmailIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;

    @BeforeEach
    void signIn() {
        reception = staff(ClinicRealm.RECEPTIONIST);
    }

    @Test
    void anEmailStaffOrAnImportSetIsTheClinicsAndARecordWithoutEmailHasNoSource() {
        String surname = uniqueSurname("Moreau");
        String created = reception.create(patient(null, "Rosa", surname, "1951-01-30", surname.toLowerCase() + "@family.test", null)).path("id").asText();
        String externalId = uniqueExternalId();
        ApiResponse imported = reception.post("/import", List.of(patient(externalId, "Ines", surname, "1953-03-03", surname.toLowerCase() + ".ines@family.test", null)));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        String withoutEmail = reception.create(patient(null, "Hugo", surname, "1955-05-05", null, null)).path("id").asText();

        assertThat(reception.get("/" + created).json().path("emailSource").asText()).as("staff set it").isEqualTo("CLINIC");
        assertThat(reception.get("?externalId=" + externalId).json().get(0).path("emailSource").asText()).as("an import set it").isEqualTo("CLINIC");
        JsonNode noEmail = reception.get("/" + withoutEmail).json();
        assertThat(noEmail.path("emailSource").isMissingNode() || noEmail.path("emailSource").isNull()).as(noEmail.toString()).isTrue();
    }

    @Test
    void anEmailADelegateSetIsTheDelegatesUntilStaffWhoMayEditConfirmIt() {
        Family family = family("Rosa", "1951-01-30");
        delegateSets(family, family.surname().toLowerCase() + ".new@family.test");
        assertThat(emailSource(family.record())).isEqualTo("DELEGATE");

        ApiResponse byViewOnlyStaff = staff(ClinicRealm.AUDITOR).post("/" + family.record() + "/email-confirmation", Map.of());
        assertThat(byViewOnlyStaff.status()).as(byViewOnlyStaff.toString()).isEqualTo(403);
        assertThat(emailSource(family.record())).isEqualTo("DELEGATE");

        ApiResponse confirmed = reception.post("/" + family.record() + "/email-confirmation", Map.of());

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("id").asText()).isEqualTo(family.record());
        assertThat(confirmed.json().path("emailSource").asText()).isEqualTo("CLINIC");
        assertThat(emailSource(family.record())).isEqualTo("CLINIC");
    }

    @Test
    void thePatientSeesTheAddressADelegateSetAndConfirmsItFromTheirOwnAccount() {
        Family family = family("Rosa", "1951-01-30");
        String newEmail = family.surname().toLowerCase() + ".new@family.test";
        delegateSets(family, newEmail);
        PatientAccessApi patient = as(ClinicRealm.GRANDMOTHER);

        JsonNode own = grant(patient.get("/patients").json(), family.ownGrant());
        assertThat(own.path("emailToConfirm").asText()).as("the patient is asked to confirm: " + own).isEqualTo(newEmail);
        ApiResponse confirmed = patient.post("/patients/" + family.ownGrant() + "/email-confirmation", Map.of());

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(emailSource(family.record())).isEqualTo("PATIENT");
    }

    @Test
    void onlyThePatientsOwnGrantConfirmsAnEmail() {
        Family family = family("Rosa", "1951-01-30");
        delegateSets(family, family.surname().toLowerCase() + ".new@family.test");
        assertThat(emailSource(family.record())).isEqualTo("DELEGATE");

        ApiResponse byTheDelegate = as(ClinicRealm.MOTHER).post("/patients/" + family.caregiverGrant() + "/email-confirmation", Map.of());

        assertThat(byTheDelegate.status()).as(byTheDelegate.toString()).isEqualTo(404);
        assertThat(emailSource(family.record())).isEqualTo("DELEGATE");
    }

    @Test
    void aStaffEditThatChangesTheEmailMakesItTheClinicsAndOneThatKeepsItKeepsWhoSetIt() {
        Family family = family("Rosa", "1951-01-30");
        String delegates = family.surname().toLowerCase() + ".new@family.test";
        delegateSets(family, delegates);
        assertThat(emailSource(family.record())).isEqualTo("DELEGATE");

        ApiResponse phoneOnly = reception.put("/" + family.record(), patient(null, "Rosa", family.surname(), "1951-01-30", delegates, "416 555 0150"));
        assertThat(phoneOnly.status()).as(phoneOnly.toString()).isEqualTo(200);
        assertThat(emailSource(family.record())).as("the email did not change").isEqualTo("DELEGATE");

        String clinics = family.surname().toLowerCase() + ".clinic@family.test";
        ApiResponse newEmail = reception.put("/" + family.record(), patient(null, "Rosa", family.surname(), "1951-01-30", clinics, "416 555 0150"));
        assertThat(newEmail.status()).as(newEmail.toString()).isEqualTo(200);
        assertThat(emailSource(family.record())).isEqualTo("CLINIC");
    }

    /** Rosa's record with the clinic's email: her own account (the grandmother's) and a caregiver who manages her profile (the mother). */
    private Family family(String firstName, String birthDate) {
        String surname = uniqueSurname("Hernandez");
        String record = reception.create(patient(null, firstName, surname, birthDate, surname.toLowerCase() + "@family.test", null)).path("id").asText();
        String own = granted(reception.post("/" + record + "/accounts", Map.of("email", ClinicRealm.GRANDMOTHER, "relationship", "SELF")));
        String caregiver = granted(reception.post("/" + record + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "CAREGIVER",
                "permissions", List.of("BOOK", "VIEW", "MANAGE_PROFILE"))));
        return new Family(record, surname, own, caregiver);
    }

    /** The caregiver corrects the record's email from their account. */
    private void delegateSets(Family family, String email) {
        ApiResponse changed = as(ClinicRealm.MOTHER).put("/patients/" + family.caregiverGrant() + "/contact", Map.of("email", email));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private String emailSource(String record) {
        return reception.get("/" + record).json().path("emailSource").asText();
    }

    private static String granted(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static JsonNode grant(JsonNode patients, String grantId) {
        for (JsonNode patient : patients) {
            if (patient.path("grantId").asText().equals(grantId)) {
                return patient;
            }
        }
        throw new AssertionError("no grant " + grantId + " in " + patients);
    }

    private PatientAccessApi staff(String username) {
        return PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), username, ClinicRealm.PASSWORD);
    }

    private PatientAccessApi as(String username) {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, username, ClinicRealm.PASSWORD);
    }

    private record Family(String record, String surname, String ownGrant, String caregiverGrant) {
    }
}
