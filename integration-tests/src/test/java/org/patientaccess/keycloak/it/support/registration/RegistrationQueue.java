package org.patientaccess.keycloak.it.support.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;

/**
 * The staff's "Online registrations" queue of one realm ({@code /admin/realms/{realm}/patient-access/registrations}),
 * read as the console reads it: the entry of a registered account or of a record a family added.
 */
public final class RegistrationQueue {

    private final PatientAccessApi api;

    /** The queue as {@code staff} (an API of the realm's staff) call it. */
    public RegistrationQueue(PatientAccessApi staff, String realm) {
        this.api = staff.at("/admin/realms/" + realm + "/patient-access/registrations");
    }

    /** The queue's resource itself, for decisions ({@code /{id}/merge}, {@code /{id}/keep}...). */
    public PatientAccessApi api() {
        return api;
    }

    /** The entry of a registered account (by its username, the email in the demo realm). */
    public JsonNode entryOf(String username) {
        return findEntryOf(username).orElseThrow(() -> new AssertionError("no queue entry for " + username + " in " + every()));
    }

    /** The entry of a registered account, if it has one. */
    public Optional<JsonNode> findEntryOf(String username) {
        for (JsonNode entry : every().json()) {
            if (entry.path("username").asText().equals(username)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The entry of a record (a dependent a family added, or a registration's provisional record). */
    public JsonNode entryFor(String patientId) {
        for (JsonNode entry : every().json()) {
            if (entry.path("patient").path("id").asText().equals(patientId)) {
                return entry;
            }
        }
        throw new AssertionError("no queue entry for patient " + patientId);
    }

    /** How many entries wait for staff ({@code PENDING}). */
    public long pending() {
        ApiResponse response = api.get("/count?status=PENDING");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return Long.parseLong(response.body().strip());
    }

    private ApiResponse every() {
        ApiResponse response = api.get("?max=100");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }
}
