package org.patientaccess.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The demo's sample booking app on http://localhost:3000: one static page, a SMART on FHIR app on the
 * SMART project's JavaScript client (fhirclient, its browser bundle at {@code /fhir-client.js}), that
 * signs in with the clinic realm's {@code booking-app} client (standalone launch, authorization code +
 * PKCE, in the browser) and shows what a booking app reads: the chosen patient, who may act for them
 * and on what terms, from the realm's FHIR API.
 */
public final class SampleBookingApp {

    public static void main(String[] args) throws IOException {
        int port = args.length > 1 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 3000;
        byte[] page = resource("/booking-app/index.html");
        byte[] fhirClient = resource("/booking-app/fhir-client.js");
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        http.createContext("/fhir-client.js", exchange -> send(exchange, "text/javascript; charset=utf-8", fhirClient));
        // Every other path is the same page: it is also the redirect URI, where the code arrives.
        http.createContext("/", exchange -> send(exchange, "text/html; charset=utf-8", page));
        http.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> http.stop(0)));
        System.out.println("Sample booking app: http://localhost:" + port + "/");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SampleBookingApp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not in the JAR: build the demo module with Maven (it installs fhirclient)");
            }
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
