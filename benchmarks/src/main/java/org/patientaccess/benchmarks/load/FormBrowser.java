package org.patientaccess.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's browser on Keycloak's pages, behind a load balancer that sends it to one node: every
 * URL of the cluster's public address is sent to that node, redirects within it are followed, and
 * the first redirect that leaves it (to the app) ends the flow. Cookies are kept by hand because
 * Keycloak marks them Secure, which Java's cookie store will not send over plain HTTP.
 */
final class FormBrowser {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final String publicUrl;
    private final String nodeUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private int requests;

    /** @param publicUrl the cluster's address (Keycloak's {@code --hostname}); @param nodeUrl the node this browser reaches it on */
    FormBrowser(String publicUrl, String nodeUrl) {
        this.publicUrl = publicUrl;
        this.nodeUrl = nodeUrl;
    }

    /** A page the browser shows, or the app's address it was sent to ({@code leftTo}). */
    record Page(int status, String url, String body, String leftTo) {

        boolean left() {
            return leftTo != null;
        }

        Document document() {
            return Jsoup.parse(body, url);
        }

        boolean has(String id) {
            return !left() && document().getElementById(id) != null;
        }
    }

    /** HTTP requests sent so far. */
    int requests() {
        return requests;
    }

    Page open(String url) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(toNode(url)).GET(), url);
    }

    /** Follows the link with this id, as a click would. */
    Page click(Page page, String linkId) throws IOException, InterruptedException {
        return open(element(page, linkId).absUrl("href"));
    }

    /** Submits the form with this id: its own fields (hidden ones included), overlaid with {@code fields}. */
    Page submit(Page page, String formId, Map<String, String> fields) throws IOException, InterruptedException {
        Element form = element(page, formId);
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            boolean unchecked = (type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked");
            if (!type.equals("submit") && !unchecked) {
                values.put(input.attr("name"), input.val());
            }
        }
        values.putAll(fields);
        StringJoiner body = new StringJoiner("&");
        values.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
        String action = form.absUrl("action");
        return follow(HttpRequest.newBuilder(toNode(action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), action);
    }

    private static Element element(Page page, String id) throws IOException {
        Element element = page.left() ? null : page.document().getElementById(id);
        if (element == null) {
            throw new UnexpectedPage(page, "no #" + id);
        }
        return element;
    }

    private Page follow(HttpRequest.Builder request, String url) throws IOException, InterruptedException {
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> response = send(request);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return new Page(response.statusCode(), url, response.body(), null);
            }
            url = URI.create(url).resolve(location).toString();
            if (!url.startsWith(publicUrl) && !url.startsWith(nodeUrl)) {
                return new Page(response.statusCode(), url, "", url);
            }
            request = HttpRequest.newBuilder(toNode(url)).GET();
        }
        throw new IOException("more than 10 redirects from " + url);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            StringJoiner header = new StringJoiner("; ");
            cookies.forEach((name, value) -> header.add(name + "=" + value));
            request.header("Cookie", header.toString());
        }
        requests++;
        HttpResponse<String> response = HTTP.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private URI toNode(String url) {
        return URI.create(url.startsWith(publicUrl) ? nodeUrl + url.substring(publicUrl.length()) : url);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A page other than the one the flow expected: what it was and where. */
    static final class UnexpectedPage extends IOException {

        final int status;

        UnexpectedPage(Page page, String what) {
            super(what + " on " + (page.left() ? "the redirect to the app" : "a " + page.status() + " page at " + path(page.url())));
            this.status = page.status();
        }

        private static String path(String url) {
            return URI.create(url).getPath();
        }
    }
}
