package org.patientaccess.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

/**
 * The demo's sample booking app on http://localhost:3000: one static page that signs in with the
 * clinic realm's {@code booking-app} client (authorization code + PKCE, in the browser) and shows
 * what a booking app reads from the tokens: the patients the user may act for and the one chosen.
 */
public final class SampleBookingApp {

    public static void main(String[] args) throws IOException {
        int port = args.length > 1 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 3000;
        byte[] page;
        try (InputStream in = SampleBookingApp.class.getResourceAsStream("/booking-app/index.html")) {
            page = in.readAllBytes();
        }
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        // Every path is the same page: it is also the redirect URI, where the code arrives.
        http.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        http.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> http.stop(0)));
        System.out.println("Sample booking app: http://localhost:" + port + "/");
    }
}
