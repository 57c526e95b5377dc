package org.patientaccess.keycloak.it.smart;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.patientaccess.keycloak.it.support.browser.Browser;

/**
 * The demo's booking app as ./demo.sh serves it (the demo module's SampleBookingApp): its page and
 * fhirclient's browser bundle, from the demo's sources and node_modules (see the test resources of
 * this module's POM), at the demo's address ({@link Browser#DEMO_BOOKING_APP_ORIGIN}), which the realm
 * file's {@code booking-app} client already allows.
 */
final class DemoBookingApp implements AutoCloseable {

    private final HttpServer http;

    private DemoBookingApp(HttpServer http) {
        this.http = http;
    }

    static DemoBookingApp start() {
        byte[] page = resource("/booking-app/index.html");
        byte[] fhirClient = resource("/booking-app/fhir-client.js");
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", URI.create(Browser.DEMO_BOOKING_APP_ORIGIN).getPort()), 0);
            http.createContext("/fhir-client.js", exchange -> send(exchange, "text/javascript; charset=utf-8", fhirClient));
            http.createContext("/", exchange -> send(exchange, "text/html; charset=utf-8", page));
            http.start();
            return new DemoBookingApp(http);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serve the demo booking app at " + Browser.DEMO_BOOKING_APP_ORIGIN, e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoBookingApp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path: Maven copies it from demo/ (npm installs fhirclient)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
