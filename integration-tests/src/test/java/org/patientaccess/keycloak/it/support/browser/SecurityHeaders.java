package org.patientaccess.keycloak.it.support.browser;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;

/** The realm's browser security headers (Realm settings, Security defenses) and caching, as Keycloak's login page carries them. */
public final class SecurityHeaders {

    public static final List<String> NAMES = List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
            "Referrer-Policy", "Strict-Transport-Security", "X-Robots-Tag", "Cache-Control");

    private SecurityHeaders() {
    }

    /** The headers of the realm's own login page (absent ones as null). */
    public static Map<String, String> ofLoginPage(String serverUrl, String realm) {
        ApiResponse login = PatientAccessApi.send(HttpRequest.newBuilder(URI.create(serverUrl + "/realms/" + realm
                        + "/protocol/openid-connect/auth?client_id=account-console&response_type=code&scope=openid"
                        + "&code_challenge_method=S256&code_challenge=" + "x".repeat(43)
                        + "&redirect_uri=" + PatientAccessApi.encode(serverUrl + "/realms/" + realm + "/account/")))
                .header("Accept", "text/html").GET().build());
        if (login.status() != 200) {
            throw new AssertionError("no login page: " + login);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        NAMES.forEach(name -> headers.put(name, login.headers().firstValue(name).orElse(null)));
        return headers;
    }
}
