package org.patientaccess.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The HTTP calls of a server administrator (or of a realm's staff member): realms, imports and
 * matches, with a token renewed before it expires.
 */
public final class ServerAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String url;
    /** The realm whose {@code admin-cli} signs the caller in. */
    private final String realm;
    private final String username;
    private final String password;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    public ServerAdmin(String url, String username, String password) {
        this(url, "master", username, password);
    }

    /** A member of {@code realm}'s staff, signed in through that realm. */
    public ServerAdmin(String url, String realm, String username, String password) {
        this.url = url;
        this.realm = realm;
        this.username = username;
        this.password = password;
    }

    void recreateRealm(String realm) throws IOException, InterruptedException {
        send(request("/admin/realms/" + realm).DELETE(), 204, 404);
        send(request("/admin/realms").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"realm\":\"" + realm + "\",\"enabled\":true,"
                        + "\"attributes\":{\"patientAccess.defaultPhoneRegion\":\"CA\"}}")), 201);
    }

    void deleteRealm(String realm) throws IOException, InterruptedException {
        send(request("/admin/realms/" + realm).DELETE(), 204, 404);
    }

    public JsonNode importCsv(String realm, String csv) throws IOException, InterruptedException {
        return JSON.readTree(send(request("/admin/realms/" + realm + "/patient-access/patients/import")
                .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(csv)), 200));
    }

    JsonNode match(String realm, Person person) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(new MatchRequest(person.firstName(), person.lastName(),
                person.birthDate().toString(), person.email(), person.phone()));
        return JSON.readTree(send(request("/admin/realms/" + realm + "/patient-access/patients/match")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), 200));
    }

    /** POSTs a JSON body to a path of the server and answers the response body. */
    public String postJson(String path, Object body, int expected) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), expected);
    }

    /** GETs a path of the server and answers its JSON body. */
    JsonNode getJson(String path) throws IOException, InterruptedException {
        return JSON.readTree(send(request(path).GET(), 200));
    }

    /** POSTs to a path of the server without a body and answers its JSON body. */
    JsonNode postForJson(String path, int expected) throws IOException, InterruptedException {
        return JSON.readTree(send(request(path).POST(HttpRequest.BodyPublishers.noBody()), expected));
    }

    /** A status and body, whatever the status: for callers that count the answers they get. */
    public record Answer(int status, String body) {
    }

    /** Sends {@code method} to a path of the server with an optional body, and answers whatever came back. */
    public Answer call(String method, String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).timeout(Duration.ofMinutes(2));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private record MatchRequest(String firstName, String lastName, String birthDate, String email, String phone) {
    }

    private HttpRequest.Builder request(String path) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token());
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (Instant.now().isAfter(tokenExpires)) {
            String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/realms/" + realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(response.body());
            token = json.path("access_token").asText();
            tokenExpires = Instant.now().plusSeconds(Math.max(10, json.path("expires_in").asLong(60) - 15));
        }
        return token;
    }

    private String send(HttpRequest.Builder request, int... expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IOException("unexpected " + response.statusCode() + ": " + response.body());
    }
}
