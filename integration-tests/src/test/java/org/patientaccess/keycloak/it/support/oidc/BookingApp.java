package org.patientaccess.keycloak.it.support.oidc;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.browser.Browser;

/**
 * A booking app signing people in the way a single-page app does: authorization code with PKCE
 * through Keycloak's login pages in a {@link Browser}, then the token endpoint, refresh and userinfo
 * over HTTP. Its back end ({@link #RESOURCE_SERVER}) introspects tokens with its own credentials.
 */
public final class BookingApp {

    public static final String CLIENT_ID = "booking-app";
    public static final String REDIRECT_URI = Browser.APP_ORIGIN + "/callback";
    public static final String RESOURCE_SERVER = "booking-api";
    public static final String RESOURCE_SERVER_SECRET = "booking-api-secret";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String serverUrl;
    private final String realm;
    private final String clientId;

    public BookingApp(String serverUrl, String realm) {
        this(serverUrl, realm, CLIENT_ID);
    }

    /** Another public client of the realm signing in the same way (a SMART app), at the same callback. */
    public BookingApp(String serverUrl, String realm, String clientId) {
        this.serverUrl = serverUrl;
        this.realm = realm;
        this.clientId = clientId;
    }

    /** Sends the browser to Keycloak's login for these scopes; answers the PKCE verifier to finish with. */
    public String startLogin(Browser browser, String scope) {
        String verifier = random();
        browser.open(endpoint("auth") + "?client_id=" + clientId + "&response_type=code"
                + "&redirect_uri=" + PatientAccessApi.encode(REDIRECT_URI) + "&scope=" + PatientAccessApi.encode(scope)
                + "&state=" + random() + "&nonce=" + random()
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256");
        return verifier;
    }

    /** Reads the code from the page the browser landed on and exchanges it for tokens. */
    public Tokens finishLogin(Browser browser, String verifier) {
        if (!browser.url().startsWith(REDIRECT_URI)) {
            throw new AssertionError("the browser did not come back to the app but is on " + browser.url() + ":\n" + browser.text());
        }
        String code = queryParameter(browser.url(), "code");
        ApiResponse response = form(endpoint("token"), "grant_type=authorization_code&client_id=" + clientId + "&code=" + code
                + "&redirect_uri=" + PatientAccessApi.encode(REDIRECT_URI) + "&code_verifier=" + verifier, null);
        if (response.status() != 200) {
            throw new AssertionError("code exchange failed: " + response);
        }
        return new Tokens(response.json());
    }

    /** The whole login of someone with no question to answer on the way. */
    public Tokens logIn(Browser browser, String username, String password, String scope) {
        String verifier = startLogin(browser, scope);
        browser.logIn(username, password);
        return finishLogin(browser, verifier);
    }

    public ApiResponse refresh(String refreshToken) {
        return form(endpoint("token"), "grant_type=refresh_token&client_id=" + clientId + "&refresh_token=" + refreshToken, null);
    }

    public ApiResponse userInfo(String accessToken) {
        return PatientAccessApi.send(HttpRequest.newBuilder(URI.create(endpoint("userinfo")))
                .header("Authorization", "Bearer " + accessToken).GET().build());
    }

    public ApiResponse introspect(String token) {
        String basic = Base64.getEncoder().encodeToString((RESOURCE_SERVER + ":" + RESOURCE_SERVER_SECRET).getBytes(StandardCharsets.UTF_8));
        return form(endpoint("token/introspect"), "token=" + token, "Basic " + basic);
    }

    private String endpoint(String name) {
        return serverUrl + "/realms/" + realm + "/protocol/openid-connect/" + name;
    }

    private static ApiResponse form(String url, String body, String authorization) {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return PatientAccessApi.send(request.build());
    }

    private static String queryParameter(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
