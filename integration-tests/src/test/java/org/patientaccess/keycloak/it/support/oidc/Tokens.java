package org.patientaccess.keycloak.it.support.oidc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A token response, with the claims of its access and ID tokens (read, not verified: Keycloak signed them). */
public record Tokens(JsonNode response) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String accessToken() {
        return response.path("access_token").asText();
    }

    public String refreshToken() {
        return response.path("refresh_token").asText();
    }

    public JsonNode accessTokenClaims() {
        return claims(accessToken());
    }

    public JsonNode idTokenClaims() {
        return claims(response.path("id_token").asText());
    }

    public static JsonNode claims(String jwt) {
        try {
            return MAPPER.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
