package org.patientaccess.keycloak.it.support.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.patientaccess.keycloak.it.support.api.ApiResponse;

/** What every answer to bad input must be: never a 5xx; a 4xx in Keycloak's error shape, naming the field. */
public final class Answers {

    private Answers() {
    }

    /**
     * No 5xx; a 4xx is Keycloak's error shape ({@code errorMessage}, and {@code field} on a 400
     * when {@code fieldExpected}: the input was a readable object, so some field was wrong; an unknown
     * field's name may be any string, even blank).
     */
    public static void assertAnsweredCleanly(ApiResponse response, boolean fieldExpected) {
        assertThat(response.status()).as("a server error: %s", Fuzz.abbreviated(response)).isLessThan(500);
        if (response.status() < 400) {
            return;
        }
        JsonNode error = response.json();
        assertThat(error.path("errorMessage").asText("")).as("Keycloak's error shape: %s", response).isNotBlank();
        if (response.status() == 400 && fieldExpected) {
            assertThat(error.hasNonNull("field")).as("the field named: %s", response).isTrue();
            error.path("errors").forEach(each ->
                    assertThat(each.hasNonNull("field")).as("every error names its field: %s", response).isTrue());
        }
    }
}
