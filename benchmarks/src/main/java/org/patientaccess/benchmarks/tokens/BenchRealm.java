package org.patientaccess.benchmarks.tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.patientaccess.benchmarks.ServerAdmin;

/**
 * The benchmark realm: the same users and clients on both servers; on the plugin server the login
 * client and the introspecting client also get the {@code patients} scope, the SMART app gets the
 * SMART scopes, and the records and grants of the dependents are seeded.
 *
 * <p>Passwords are hashed with PBKDF2 at 1,000 iterations (instead of Argon2) on both servers, so
 * that a login measures the flow rather than the hash, which would hide any cost of ours.
 */
final class BenchRealm {

    static final String NAME = "bench";
    static final String PASSWORD = "bench-password";
    /** The login client: it carries the patients scope on the plugin server. */
    static final String APP = "bench-app";
    /** A client without it: a login through it must cost the plugin nothing. */
    static final String PLAIN_APP = "bench-plain";
    /**
     * A resource server's confidential client, which introspects the login client's access tokens.
     * Keycloak answers an introspection only for a client in the token's audience, so the login
     * client's tokens name it (an audience mapper, on both servers).
     */
    static final String INTROSPECTOR = "bench-introspector";
    static final String INTROSPECTOR_SECRET = "bench-introspector-secret";
    /**
     * A SMART app: a public client with Keycloak's default scopes on both servers. On the plugin server
     * it is also given {@link #SMART_SCOPES} as optional scopes, as an operator would
     * ({@link #giveSmartScopes}); stock Keycloak has no such scopes.
     */
    static final String SMART_APP = "bench-smart";
    /** The scopes the plugin keeps in every realm that a patient-facing SMART app asks for. */
    static final List<String> SMART_SCOPES = List.of("fhirUser", "launch/patient", "patient/*.rs");
    static final String REDIRECT_URI = "http://127.0.0.1:1/callback";
    static final List<String> STOCK_SCOPES = List.of("basic", "profile", "email", "roles", "web-origins", "acr");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int users;

    BenchRealm(int users) {
        this.users = users;
    }

    static String username(int index) {
        return String.format("user%05d", index);
    }

    /** How many dependents a user acts for: 20 users with 50, 200 with 5, 1,000 with 1, the others none. */
    static int dependentsOf(int index) {
        if (index < 20) {
            return 50;
        }
        if (index < 220) {
            return 5;
        }
        return index < 1220 ? 1 : 0;
    }

    /** The first user index with this many dependents. */
    static int firstWith(int dependents) {
        return switch (dependents) {
            case 50 -> 0;
            case 5 -> 20;
            case 1 -> 220;
            default -> 1220;
        };
    }

    /** How many users act for this many dependents, among {@code users}. */
    static int countWith(int dependents, int users) {
        return switch (dependents) {
            case 50 -> 20;
            case 5 -> 200;
            case 1 -> 1000;
            default -> users - firstWith(0);
        };
    }

    void writeImportFile(Path file, boolean plugin) throws IOException {
        ObjectNode realm = JSON.createObjectNode()
                .put("realm", NAME).put("enabled", true).put("sslRequired", "none")
                .put("accessTokenLifespan", 3600).put("ssoSessionIdleTimeout", 36000).put("ssoSessionMaxLifespan", 36000)
                .put("passwordPolicy", "hashAlgorithm(pbkdf2-sha256) and hashIterations(1000)");
        ArrayNode clients = realm.putArray("clients");
        ObjectNode app = client(APP, plugin ? withPatients() : STOCK_SCOPES);
        ObjectNode audience = app.putArray("protocolMappers").addObject()
                .put("name", "introspector audience").put("protocol", "openid-connect").put("protocolMapper", "oidc-audience-mapper");
        audience.putObject("config").put("included.client.audience", INTROSPECTOR).put("access.token.claim", "true")
                .put("introspection.token.claim", "true");
        clients.add(app);
        clients.add(client(PLAIN_APP, STOCK_SCOPES));
        clients.add(client(SMART_APP, STOCK_SCOPES));
        clients.add(confidentialClient(INTROSPECTOR, INTROSPECTOR_SECRET, plugin ? withPatients() : STOCK_SCOPES));
        if (plugin) {
            realm.putObject("attributes").put("CreateDefaultClientScopes", "true");
            ObjectNode scope = realm.putArray("clientScopes").addObject().put("name", "patients").put("protocol", "openid-connect");
            scope.putObject("attributes").put("include.in.token.scope", "true");
            ObjectNode mapper = scope.putArray("protocolMappers").addObject()
                    .put("name", "patients").put("protocol", "openid-connect").put("protocolMapper", "oidc-patient-access-mapper");
            mapper.putObject("config").put("claim.name", "patients").put("access.token.claim", "true")
                    .put("id.token.claim", "true").put("userinfo.token.claim", "true").put("introspection.token.claim", "true");
        }
        ArrayNode userArray = realm.putArray("users");
        for (int i = 0; i < users; i++) {
            ObjectNode user = userArray.addObject().put("username", username(i)).put("email", username(i) + "@bench.test")
                    .put("emailVerified", true).put("enabled", true).put("firstName", "Bench").put("lastName", username(i));
            user.putArray("credentials").addObject().put("type", "password").put("value", PASSWORD).put("temporary", false);
        }
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), realm);
    }

    private static List<String> withPatients() {
        return Stream.concat(STOCK_SCOPES.stream(), Stream.of("patients")).toList();
    }

    private static ObjectNode client(String clientId, List<String> scopes) {
        ObjectNode client = JSON.createObjectNode().put("clientId", clientId).put("enabled", true).put("publicClient", true)
                .put("standardFlowEnabled", true).put("directAccessGrantsEnabled", false);
        client.putArray("redirectUris").add(REDIRECT_URI);
        client.putObject("attributes").put("pkce.code.challenge.method", "S256");
        ArrayNode defaults = client.putArray("defaultClientScopes");
        scopes.forEach(defaults::add);
        return client;
    }

    private static ObjectNode confidentialClient(String clientId, String secret, List<String> scopes) {
        ObjectNode client = JSON.createObjectNode().put("clientId", clientId).put("enabled", true).put("publicClient", false)
                .put("clientAuthenticatorType", "client-secret").put("secret", secret)
                .put("standardFlowEnabled", false).put("directAccessGrantsEnabled", false).put("serviceAccountsEnabled", false);
        ArrayNode defaults = client.putArray("defaultClientScopes");
        scopes.forEach(defaults::add);
        return client;
    }

    /**
     * Gives the SMART app the SMART scopes as optional scopes, through the admin API: the plugin
     * creates them in the realm after its import, so the realm file cannot name them.
     */
    void giveSmartScopes(ServerAdmin admin) throws Exception {
        String realm = "/admin/realms/" + NAME;
        String client = JSON.readTree(get(admin, realm + "/clients?clientId=" + SMART_APP)).path(0).path("id").asText();
        JsonNode scopes = JSON.readTree(get(admin, realm + "/client-scopes"));
        for (String name : SMART_SCOPES) {
            String scope = null;
            for (JsonNode candidate : scopes) {
                if (name.equals(candidate.path("name").asText())) {
                    scope = candidate.path("id").asText();
                }
            }
            if (scope == null) {
                throw new IllegalStateException("the plugin did not create the client scope " + name + " in realm " + NAME);
            }
            ServerAdmin.Answer answer = admin.call("PUT", realm + "/clients/" + client + "/optional-client-scopes/" + scope, null, null);
            if (answer.status() != 204) {
                throw new IOException("giving " + SMART_APP + " the scope " + name + " answered " + answer.status() + ": " + answer.body());
            }
        }
    }

    private static String get(ServerAdmin admin, String path) throws IOException, InterruptedException {
        ServerAdmin.Answer answer = admin.call("GET", path, null, null);
        if (answer.status() != 200) {
            throw new IOException("GET " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    /** Creates each dependent's record and the grant of its parent account, through the staff API. */
    void seedDependents(ServerAdmin admin) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                int user = i;
                for (int d = 0; d < dependentsOf(user); d++) {
                    int dependent = d;
                    done.add(pool.submit(() -> {
                        String record = admin.postJson("/admin/realms/" + NAME + "/patient-access/patients", Map.of(
                                "firstName", "Child" + (char) ('a' + dependent % 26) + dependent, "lastName", username(user),
                                "birthDate", "2015-01-" + String.format("%02d", 1 + dependent % 28)), 201);
                        String id = JSON.readTree(record).path("id").asText();
                        admin.postJson("/admin/realms/" + NAME + "/patient-access/patients/" + id + "/accounts",
                                Map.of("email", username(user) + "@bench.test", "relationship", "PARENT"), 201);
                        return null;
                    }));
                }
            }
            for (Future<Object> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
