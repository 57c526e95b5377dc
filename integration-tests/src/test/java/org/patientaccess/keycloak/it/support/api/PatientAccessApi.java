package org.patientaccess.keycloak.it.support.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.testframework.realm.ManagedRealm;
import org.patientaccess.keycloak.it.support.logs.PersonalData;

/**
 * Our APIs of one realm, called over HTTP with a bearer token: the staff API (as the admin console or
 * a back-office would call it) and, through {@link #me()}, the signed-in person's API (as a booking app would).
 */
public final class PatientAccessApi {

    public static final String CSV = "text/csv";
    public static final String FHIR_JSON = "application/fhir+json";
    public static final String JSON = "application/json";

    /** The client scope whose tokens the person's API accepts (its audience). */
    public static final String PATIENT_ACCESS_SCOPE = "patient-access";

    /** How long a duplicate scan of a test realm may take. */
    public static final Duration SCAN_TIMEOUT = Duration.ofSeconds(90);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String serverUrl;
    private final String realm;
    private final String baseUrl;
    private final String token;

    private PatientAccessApi(String serverUrl, String realm, String baseUrl, String token) {
        this.serverUrl = serverUrl;
        this.realm = realm;
        this.baseUrl = baseUrl;
        this.token = token;
    }

    private PatientAccessApi(String serverUrl, String realm, String token) {
        this(serverUrl, realm, serverUrl + "/admin/realms/" + realm + "/patient-access/patients", token);
    }

    /** Another resource of the server (a path from its root) with the same token. */
    public PatientAccessApi at(String path) {
        return new PatientAccessApi(serverUrl, realm, serverUrl + path, token);
    }

    /** The realm's possible duplicates ({@code /admin/realms/{realm}/patient-access/duplicates}) with the same token. */
    public PatientAccessApi duplicates() {
        return new PatientAccessApi(serverUrl, realm, serverUrl + "/admin/realms/" + realm + "/patient-access/duplicates", token);
    }

    /** The realm's "Online registrations" queue ({@code /admin/realms/{realm}/patient-access/registrations}) with the same token. */
    public PatientAccessApi registrations() {
        return new PatientAccessApi(serverUrl, realm, serverUrl + "/admin/realms/" + realm + "/patient-access/registrations", token);
    }

    /** The realm's merges ({@code /admin/realms/{realm}/patient-access/merges}) with the same token. */
    public PatientAccessApi merges() {
        return new PatientAccessApi(serverUrl, realm, serverUrl + "/admin/realms/" + realm + "/patient-access/merges", token);
    }

    /**
     * Starts a duplicate scan of the realm (or joins the one running) and waits until it has ended:
     * the scan as it ended. Fails the test unless it started and ended within {@code SCAN_TIMEOUT}.
     */
    public JsonNode scanForDuplicates() {
        ApiResponse started = duplicates().post("/scan", JSON, "");
        if (started.status() != 202) {
            throw new AssertionError("scan not started: " + started);
        }
        return scanEnded(started.json().path("id").asText());
    }

    /** Waits until the realm's latest scan, which must be {@code scanId}, is no longer running: that scan. */
    public JsonNode scanEnded(String scanId) {
        long deadline = System.nanoTime() + SCAN_TIMEOUT.toNanos();
        while (true) {
            JsonNode scan = duplicates().get("/scan").json();
            if (!scanId.equals(scan.path("id").asText())) {
                throw new AssertionError("the latest scan is " + scan + ", not " + scanId);
            }
            if (!"RUNNING".equals(scan.path("status").asText())) {
                return scan;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the scan still runs after " + SCAN_TIMEOUT + ": " + scan);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The signed-in person's API ({@code /realms/{realm}/patient-access/me}) with the same token. */
    public PatientAccessApi me() {
        return new PatientAccessApi(serverUrl, realm, serverUrl + "/realms/" + realm + "/patient-access/me", token);
    }

    /** Signs in as a user of the realm (password grant of its admin-cli client) and calls its API. */
    public static PatientAccessApi signedInAs(String serverUrl, String realm, String username, String password) {
        return signedInAs(serverUrl, realm, username, password, null);
    }

    /**
     * A person of the realm signed in for their own API ({@code /realms/{realm}/patient-access/me}):
     * the realm's admin-cli client is offered the client scope the plugin keeps in every realm, and
     * the person's token asks for it, so that it carries the API's audience.
     */
    public static PatientAccessApi personSignedInAs(String serverUrl, ManagedRealm realm, String username, String password) {
        return personSignedInAs(serverUrl, realm.admin(), realm.getName(), username, password);
    }

    /** The same for a realm reached through its admin API only (a realm of the cluster tests). */
    public static PatientAccessApi personSignedInAs(String serverUrl, RealmResource admin, String realm, String username, String password) {
        offerPatientAccessScope(admin, "admin-cli");
        return signedInAs(serverUrl, realm, username, password, PATIENT_ACCESS_SCOPE).me();
    }

    /** Makes the scope the plugin keeps in every realm an optional scope of one client (idempotent). */
    public static void offerPatientAccessScope(RealmResource realm, String clientId) {
        String scopeId = realm.clientScopes().findAll().stream()
                .filter(scope -> PATIENT_ACCESS_SCOPE.equals(scope.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("the plugin keeps no " + PATIENT_ACCESS_SCOPE + " scope in the realm"))
                .getId();
        ClientResource client = realm.clients().get(realm.clients().findByClientId(clientId).get(0).getId());
        if (client.getOptionalClientScopes().stream().noneMatch(scope -> scope.getId().equals(scopeId))) {
            client.addOptionalClientScope(scopeId);
        }
    }

    private static PatientAccessApi signedInAs(String serverUrl, String realm, String username, String password, String scope) {
        // The master realm's bootstrap admin ("admin") is the operator's, not a person's, and it is in
        // every Keycloak package name the log prints.
        if (!"master".equals(realm)) {
            PersonalData.used(username);
        }
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(username) + "&password=" + encode(password)
                + (scope == null ? "" : "&scope=" + encode(scope));
        HttpRequest request = HttpRequest.newBuilder(URI.create(serverUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        ApiResponse response = send(request);
        if (response.status() != 200) {
            throw new IllegalStateException("could not sign in as " + username + ": " + response);
        }
        return new PatientAccessApi(serverUrl, realm, response.json().path("access_token").asText());
    }

    /** Calls a realm's API with a token obtained elsewhere (a master-realm administrator's, or none). */
    public static PatientAccessApi withToken(String serverUrl, String realm, String token) {
        return new PatientAccessApi(serverUrl, realm, token);
    }

    /** The bearer token this API calls with. */
    public String token() {
        return token;
    }

    public ApiResponse get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    /** A GET that asks for another type than JSON (for example {@code text/csv}). */
    public ApiResponse get(String pathAndQuery, String accept) {
        return send(request(pathAndQuery).setHeader("Accept", accept).GET().build());
    }

    public ApiResponse post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public ApiResponse post(String path, Object json) {
        return post(path, JSON, write(json));
    }

    public ApiResponse put(String path, Object json) {
        return send(request(path).header("Content-Type", JSON).PUT(HttpRequest.BodyPublishers.ofString(write(json))).build());
    }

    /** A conditional replace: {@code ifMatch} is sent as the If-Match header (an ETag read earlier). */
    public ApiResponse put(String path, Object json, String ifMatch) {
        return send(request(path).header("Content-Type", JSON).header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(write(json))).build());
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** Creates a patient and answers its JSON, failing the test unless it was created. */
    public JsonNode create(Object patient) {
        ApiResponse response = post("", patient);
        if (response.status() != 201) {
            throw new AssertionError("patient not created: " + response);
        }
        return response.json();
    }

    /** How many patients of the realm match the query (for example "?status=any"). */
    public long count(String query) {
        ApiResponse response = get("/count" + query);
        if (response.status() != 200) {
            throw new AssertionError("count failed: " + response);
        }
        return Long.parseLong(response.body());
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", JSON);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static String write(Object json) {
        try {
            return json instanceof String text ? text : MAPPER.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ApiResponse send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
