package org.patientaccess.keycloak.it.support.mail;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;

/** The mail a Mailpit container caught, read through its HTTP API as the recipient's mail program would get it. */
public final class Mailpit {

    public static final int SMTP_PORT = 1025;
    public static final int HTTP_PORT = 8025;

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String apiUrl;

    /** Mailpit's HTTP API at {@code baseUrl} (for example http://localhost:32768). */
    public Mailpit(String baseUrl) {
        this.apiUrl = baseUrl + "/api/v1";
    }

    /** The newest message to an address, waiting (up to 15 seconds) for one to arrive. */
    public MimeMessage awaitLatestTo(String address) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode found = MAPPER.readTree(get("/search?query=" + PatientAccessApi.encode("to:\"" + address + "\"")).readAllBytes());
            JsonNode newest = found.path("messages").path(0);
            if (!newest.isMissingNode()) {
                try (InputStream raw = get("/message/" + newest.path("ID").asText() + "/raw")) {
                    return new MimeMessage(Session.getInstance(new Properties()), raw);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no message to " + address + " within " + WAIT);
            }
            Thread.sleep(200);
        }
    }

    private InputStream get(String path) throws Exception {
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(apiUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new AssertionError("Mailpit answered " + response.statusCode() + " to " + path);
        }
        return response.body();
    }
}
