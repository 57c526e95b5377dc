package org.patientaccess.keycloak.it.merge;

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

@KeycloakIntegrationTest(config = PatientAccessServerConfig.class)
class StaffMergeDuplicateRecordsIT {

    @InjectRealm(config = ClinicRealm.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    private PatientAccessApi reception;
    private String survivor;
    private String duplicate;
    private String survivorExternalId;
    private String surname;

    @BeforeEach
    void aRecordAndItsDuplicate() {
        reception = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.RECEPTIONIST, ClinicRealm.PASSWORD);
        surname = uniqueSurname("Garcia");
        survivorExternalId = uniqueExternalId();
        survivor = reception.create(patient(survivorExternalId, "Sofia", surname, "2014-03-09", "old@family.test", null)).path("id").asText();
        duplicate = reception.create(patient(null, "Sophie", surname, "2014-03-09", "new@family.test", "416 555 0134")).path("id").asText();
    }

    @Test
    void aMergeMovesGrantsAndInvitationsAndTheOldIdForwardsToTheSurvivor() {
        reception.post("/" + duplicate + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT"));
        String invitation = reception.post("/" + duplicate + "/invitations", Map.of("email", "dad@family.test", "relationship", "PARENT"))
                .json().path("id").asText();

        ApiResponse merged = reception.post("/" + survivor + "/merge", Map.of("mergedId", duplicate, "take", List.of("email")));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        JsonNode kept = merged.json().path("survivor");
        assertThat(kept.path("id").asText()).isEqualTo(survivor);
        assertThat(kept.path("firstName").asText()).as("the survivor's value by default").isEqualTo("Sofia");
        assertThat(kept.path("email").asText()).as("taken from the duplicate").isEqualTo("new@family.test");
        assertThat(kept.path("phone").asText()).as("an empty field is filled").isEqualTo("+14165550134");
        assertThat(kept.path("externalId").asText()).isEqualTo(survivorExternalId);

        assertThat(reception.get("/" + duplicate).json().path("id").asText()).as("the old id forwards").isEqualTo(survivor);
        assertThat(reception.get("/" + survivor + "/accounts").json()).extracting(g -> g.path("email").asText()).contains(ClinicRealm.MOTHER);
        assertThat(reception.get("/" + survivor + "/invitations").json()).extracting(i -> i.path("id").asText()).contains(invitation);
        assertThat(mother().get("/patients").json()).extracting(p -> p.path("patientId").asText()).contains(survivor).doesNotContain(duplicate);
        assertThat(reception.count("?status=merged&search=Sophie%20" + surname)).isEqualTo(1);
    }

    @Test
    void anUndoPutsBothRecordsTheirGrantsAndInvitationsBack() {
        reception.post("/" + duplicate + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT"));
        String mergeId = reception.post("/" + survivor + "/merge", Map.of("mergedId", duplicate, "take", List.of("email")))
                .json().path("mergeId").asText();

        PatientAccessApi merges = reception.at("/admin/realms/" + realm.getName() + "/patient-access/merges");
        assertThat(merges.post("/" + mergeId + "/undo", PatientAccessApi.JSON, "").status()).isEqualTo(204);

        JsonNode restored = reception.get("/" + duplicate).json();
        assertThat(restored.path("id").asText()).isEqualTo(duplicate);
        assertThat(restored.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(restored.path("firstName").asText()).isEqualTo("Sophie");
        assertThat(reception.get("/" + survivor).json().path("email").asText()).isEqualTo("old@family.test");
        assertThat(reception.get("/" + duplicate + "/accounts").json()).extracting(g -> g.path("email").asText()).contains(ClinicRealm.MOTHER);
        assertThat(mother().get("/patients").json()).extracting(p -> p.path("patientId").asText()).contains(duplicate).doesNotContain(survivor);
        assertThat(merges.post("/" + mergeId + "/undo", PatientAccessApi.JSON, "").status()).as("only once").isEqualTo(409);
        assertThat(merges.post("/no-such-merge/undo", PatientAccessApi.JSON, "").status()).isEqualTo(404);
    }

    @Test
    void aMergeThatCannotBeDoneIsRefusedAndChangesNothing() {
        reception.post("/" + survivor + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "SELF"));
        reception.post("/" + duplicate + "/accounts", Map.of("email", ClinicRealm.FATHER, "relationship", "SELF"));
        JsonNode before = reception.get("/" + duplicate).json();

        assertThat(reception.post("/" + survivor + "/merge", Map.of("mergedId", duplicate)).status())
                .as("two accounts of their own").isEqualTo(409);
        assertField(reception.post("/" + survivor + "/merge", Map.of("mergedId", survivor)), "mergedId");
        assertField(reception.post("/" + survivor + "/merge", Map.of("mergedId", duplicate, "take", List.of("shoeSize"))), "take");
        assertField(reception.post("/" + survivor + "/merge", Map.of()), "mergedId");
        assertField(reception.post("/" + survivor + "/merge", Map.of("mergedId", "an-id-of-another-realm")), "mergedId");
        assertThat(reception.post("/an-id-of-another-realm/merge", Map.of("mergedId", duplicate)).status()).isEqualTo(404);
        PatientAccessApi auditor = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.AUDITOR, ClinicRealm.PASSWORD);
        assertThat(auditor.post("/" + survivor + "/merge", Map.of("mergedId", duplicate)).status()).isEqualTo(403);

        assertThat(reception.get("/" + duplicate).json()).isEqualTo(before);
        assertThat(reception.get("/" + duplicate + "/accounts").json()).hasSize(1);
    }

    @Test
    void ofTwoMergesOfOneRecordAtTheSameMomentOneFailsMidwayAndLeavesNothingHalfWritten() {
        String otherSurvivor = reception.create(patient(null, "Sofia", uniqueSurname("Garcia"), "2014-03-09", null, null))
                .path("id").asText();
        reception.post("/" + duplicate + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT"));
        reception.post("/" + duplicate + "/accounts", Map.of("email", ClinicRealm.FATHER, "relationship", "PARENT"));
        reception.post("/" + duplicate + "/accounts", Map.of("email", ClinicRealm.GRANDMOTHER, "relationship", "CAREGIVER"));

        CompletableFuture<ApiResponse> first = CompletableFuture.supplyAsync(
                () -> reception.post("/" + survivor + "/merge", Map.of("mergedId", duplicate)));
        CompletableFuture<ApiResponse> second = CompletableFuture.supplyAsync(
                () -> reception.post("/" + otherSurvivor + "/merge", Map.of("mergedId", duplicate)));

        List<ApiResponse> answers = List.of(first.join(), second.join());
        assertThat(answers).filteredOn(answer -> answer.status() == 200).as(answers.toString()).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 200)
                .allSatisfy(refused -> assertThat(refused.status()).as("refused, not crashed: " + refused).isIn(400, 409));
        String winner = reception.get("/" + duplicate).json().path("id").asText();
        String loser = winner.equals(survivor) ? otherSurvivor : survivor;
        assertThat(winner).isIn(survivor, otherSurvivor);
        assertThat(reception.get("/" + winner + "/accounts").json()).hasSize(3);
        assertThat(reception.get("/" + loser + "/accounts").json()).as("nothing of the failed merge remains").isEmpty();
        assertThat(reception.get("/" + duplicate + "/accounts").json()).isEmpty();
    }

    @Test
    void aMergedRecordCannotBeArchivedRestoredOrEditedAndTheAnswerNamesItsSurvivor() {
        reception.post("/" + survivor + "/merge", Map.of("mergedId", duplicate));

        Map<String, Object> restore = patient(null, "Sophie", surname, "2014-03-09", null, null);
        restore.put("status", "ACTIVE");
        assertRefusedNamingTheSurvivor(reception.delete("/" + duplicate));
        assertRefusedNamingTheSurvivor(reception.put("/" + duplicate, restore));
        assertRefusedNamingTheSurvivor(reception.put("/" + duplicate, patient(null, "Sophia", surname, null, null, null)));
        assertRefusedNamingTheSurvivor(reception.post("/" + duplicate + "/accounts", Map.of("email", ClinicRealm.FATHER, "relationship", "PARENT")));
        assertRefusedNamingTheSurvivor(reception.post("/" + duplicate + "/invitations", Map.of("email", "aunt@family.test", "relationship", "OTHER")));
        String survivorsEtag = reception.get("/" + duplicate).headers().firstValue("ETag").orElseThrow();
        assertRefusedNamingTheSurvivor(reception.put("/" + duplicate, patient(null, "Sophia", surname, null, null, null), survivorsEtag));

        assertThat(reception.get("/" + duplicate).json().path("id").asText()).as("still forwards").isEqualTo(survivor);
        assertThat(reception.count("?status=merged&search=Sophie%20" + surname)).isEqualTo(1);
        assertThat(reception.get("/" + duplicate + "/accounts").json()).isEmpty();
    }

    @Test
    void anUndoIsRefusedOnceTheSurvivorHasChangedAndTheAnswerSaysWhat() {
        String mergeId = reception.post("/" + survivor + "/merge", Map.of("mergedId", duplicate)).json().path("mergeId").asText();
        assertThat(reception.put("/" + survivor, patient(survivorExternalId, "Sofia", surname, "2014-03-09", "later@family.test", null))
                .status()).isEqualTo(200);

        ApiResponse refused = undo(mergeId);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("survivor");
        assertThat(refused.json().path("errors").get(0).path("params").get(0).asText()).isEqualTo(survivor);
        assertThat(reception.get("/" + duplicate).json().path("id").asText()).as("nothing undone").isEqualTo(survivor);
        assertThat(reception.get("/" + survivor).json().path("email").asText()).isEqualTo("later@family.test");
    }

    @Test
    void anUndoDoesNotBringBackAGrantStaffEndedSinceTheMerge() {
        String grant = reception.post("/" + duplicate + "/accounts", Map.of("email", ClinicRealm.MOTHER, "relationship", "PARENT"))
                .json().path("id").asText();
        String mergeId = reception.post("/" + survivor + "/merge", Map.of("mergedId", duplicate)).json().path("mergeId").asText();
        assertThat(reception.delete("/" + survivor + "/accounts/" + grant).status()).isEqualTo(204);

        ApiResponse refused = undo(mergeId);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("grants");
        assertThat(refused.json().path("errors").get(0).path("params").get(0).asText()).isEqualTo(grant);
        assertThat(mother().get("/patients").json()).extracting(p -> p.path("patientId").asText()).doesNotContain(survivor, duplicate);
    }

    @Test
    void anUndoDoesNotGiveBackThroughADuplicateGrantTheAccessStaffEndedOnTheSurvivor() {
        String onSurvivor = reception.post("/" + survivor + "/accounts", Map.of("email", ClinicRealm.FATHER, "relationship", "PARENT"))
                .json().path("id").asText();
        String duplicateGrant = reception.post("/" + duplicate + "/accounts", Map.of("email", ClinicRealm.FATHER, "relationship", "PARENT"))
                .json().path("id").asText();
        String mergeId = reception.post("/" + survivor + "/merge", Map.of("mergedId", duplicate)).json().path("mergeId").asText();
        assertThat(reception.delete("/" + survivor + "/accounts/" + onSurvivor).status()).isEqualTo(204);

        ApiResponse refused = undo(mergeId);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("grants");
        assertThat(refused.json().path("errors").get(0).path("params").get(0).asText()).isEqualTo(duplicateGrant);
        PatientAccessApi father = PatientAccessApi.signedInAs(urls.getBase(), realm.getName(), ClinicRealm.FATHER, ClinicRealm.PASSWORD).me();
        assertThat(father.get("/patients").json()).extracting(p -> p.path("patientId").asText()).doesNotContain(survivor, duplicate);
    }

    private void assertRefusedNamingTheSurvivor(ApiResponse refused) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("errorMessage").asText()).contains(survivor);
        assertThat(refused.json().path("params").get(0).asText()).isEqualTo(survivor);
    }

    private ApiResponse undo(String mergeId) {
        return reception.at("/admin/realms/" + realm.getName() + "/patient-access/merges")
                .post("/" + mergeId + "/undo", PatientAccessApi.JSON, "");
    }

    private PatientAccessApi mother() {
        return PatientAccessApi.personSignedInAs(urls.getBase(), realm, ClinicRealm.MOTHER, ClinicRealm.PASSWORD);
    }

    private static void assertField(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo(field);
    }
}
