package org.patientaccess.benchmarks.tokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a booking app and its user's browser send: the authorization-code flow with PKCE through
 * Keycloak's login form (and the plugin's patient picker, when the app asks for a patient and the
 * user has several), the refresh-token grant, userinfo and a SMART app's FHIR reads; and what a
 * resource server sends: token introspection with its client credentials. Cookies are kept per login
 * by hand because Keycloak marks them Secure, which Java's cookie store will not send over plain HTTP.
 */
final class OidcClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String endpoints;
    private final String fhirBase;
    private final String clientId;
    /** Basic credentials of a confidential client, or null for a public one. */
    private final String basicAuth;
    /** The {@code scope} of the authorization request. */
    private final String scope;

    OidcClient(String serverUrl, String realm, String clientId) {
        this(serverUrl, realm, clientId, null);
    }

    /** A confidential client, authenticating with {@code secret} in Basic auth. */
    OidcClient(String serverUrl, String realm, String clientId, String secret) {
        this(serverUrl, realm, clientId, secret, "openid");
    }

    /** A client whose logins ask for {@code scope}; with no {@code secret}, a public one. */
    OidcClient(String serverUrl, String realm, String clientId, String secret, String scope) {
        this.endpoints = serverUrl + "/realms/" + realm + "/protocol/openid-connect/";
        this.fhirBase = serverUrl + "/realms/" + realm + "/patient-access/fhir/";
        this.clientId = clientId;
        this.basicAuth = secret == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        this.scope = scope;
    }

    /**
     * The tokens of one token response, the size in bytes of its whole body, and the SMART launch
     * context's {@code patient} beside the tokens (null when the response has none).
     */
    record Tokens(String accessToken, String refreshToken, String idToken, int responseBytes, String patient) {

        static Tokens of(String body) throws IOException {
            JsonNode tokens = JSON.readTree(body);
            return new Tokens(tokens.path("access_token").asText(), tokens.path("refresh_token").asText(),
                    tokens.path("id_token").asText(), body.getBytes(StandardCharsets.UTF_8).length,
                    tokens.path("patient").textValue());
        }
    }

    Tokens logIn(String username, String password) throws IOException, InterruptedException {
        String verifier = random();
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(endpoints + "auth?client_id=" + clientId
                + "&response_type=code&scope=" + encode(scope) + "&redirect_uri=" + encode(BenchRealm.REDIRECT_URI) + "&state=" + random()
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256")).GET(), cookies, 200);
        Element form = Jsoup.parse(loginPage.body()).getElementById("kc-form-login");
        if (form == null) {
            throw new IOException("no login form for " + username);
        }
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(URI.create(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password))), cookies, 302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        // Keycloak may first send the browser through required actions on its own pages (the plugin's
        // patient picker, which chooses by itself when there is one patient); a few steps at most.
        for (int step = 0; !location.startsWith(BenchRealm.REDIRECT_URI); step++) {
            if (step == 5) {
                throw new IOException("no redirect to the client after " + step + " steps past the login form for " + username + ": " + location);
            }
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(location)).GET(), cookies, 302, 200);
            redirect = page.statusCode() == 200 ? choosePatient(page, cookies, username) : page;
            location = redirect.headers().firstValue("Location").orElseThrow();
        }
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        return Tokens.of(token("grant_type=authorization_code&client_id=" + clientId + "&code=" + code
                + "&redirect_uri=" + encode(BenchRealm.REDIRECT_URI) + "&code_verifier=" + verifier));
    }

    /**
     * Answers the plugin's patient picker (shown after the login form when the app asks for a patient
     * and the user may act for more than one) with the first patient offered, as a user's click would.
     */
    private HttpResponse<String> choosePatient(HttpResponse<String> page, Map<String, String> cookies, String username)
            throws IOException, InterruptedException {
        Element picker = Jsoup.parse(page.body()).getElementById("patient-picker");
        Element first = picker == null ? null : picker.selectFirst("[name=patient]");
        if (first == null) {
            throw new IOException("a page other than the patient picker after the login form for " + username);
        }
        return send(HttpRequest.newBuilder(URI.create(picker.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("patient=" + encode(first.attr("value")))), cookies, 302);
    }

    Tokens refresh(String refreshToken) throws IOException, InterruptedException {
        return Tokens.of(token("grant_type=refresh_token&client_id=" + clientId + "&refresh_token=" + refreshToken));
    }

    void userInfo(String accessToken) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(endpoints + "userinfo")).header("Authorization", "Bearer " + accessToken).GET(), null, 200);
    }

    /** A read of the plugin's FHIR API with a SMART app's access token; {@code path} is relative to the realm's FHIR base. */
    void fhirRead(String path, String accessToken) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(fhirBase + path)).header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/fhir+json").GET(), null, 200);
    }

    /** Introspects an access token as this (confidential) client; an inactive answer is an error. */
    void introspect(String accessToken) throws IOException, InterruptedException {
        String body = send(HttpRequest.newBuilder(URI.create(endpoints + "token/introspect"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", basicAuth)
                .POST(HttpRequest.BodyPublishers.ofString("token=" + accessToken + "&token_type_hint=access_token")), null, 200).body();
        if (!JSON.readTree(body).path("active").asBoolean()) {
            throw new IOException("introspection answered inactive: " + body);
        }
    }

    private String token(String form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(endpoints + "token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), null, 200).body();
    }

    /** Sends the request; an answer with another status than {@code expected} is an error. */
    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies, int... expected)
            throws IOException, InterruptedException {
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (Arrays.stream(expected).noneMatch(status -> status == response.statusCode())) {
            throw new IOException("expected " + Arrays.toString(expected) + " but got " + response.statusCode() + " from " + response.uri());
        }
        if (cookies != null) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
