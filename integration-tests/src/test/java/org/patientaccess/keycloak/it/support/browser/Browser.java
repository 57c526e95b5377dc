package org.patientaccess.keycloak.it.support.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

import org.htmlunit.Page;
import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.WebConnectionWrapper;

/**
 * A person's browser on Keycloak's own pages (HtmlUnit, without JavaScript: the login pages work
 * without it). Each instance has its own cookies, so two instances are two browsers. Pages of
 * {@link #APP_ORIGIN} stand for a client application's own pages: the browser lands there after a
 * login, and the test reads the address it landed on. So do the pages of {@link #DEMO_BOOKING_APP_ORIGIN},
 * where the clinic realm lands people who answered an invitation.
 */
public final class Browser implements AutoCloseable {

    public static final String APP_ORIGIN = "https://app.clinic.test";
    /** The demo's booking app (the realm file's {@code booking-app} client), which the tests do not run. */
    public static final String DEMO_BOOKING_APP_ORIGIN = "http://localhost:3000";

    private final WebClient client = new WebClient();
    private Page page;

    public Browser() {
        this(null, null);
    }

    /**
     * A browser behind a load balancer that sends all its requests to one node: every address of
     * {@code frontOrigin} (the cluster's hostname, which the nodes' links, forms and redirects name)
     * goes to {@code nodeOrigin}.
     */
    public static Browser through(String frontOrigin, String nodeOrigin) {
        return new Browser(frontOrigin, nodeOrigin);
    }

    private Browser(String frontOrigin, String nodeOrigin) {
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setPrintContentOnFailingStatusCode(false);
        client.getOptions().setRedirectEnabled(true);
        new WebConnectionWrapper(client) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                if (frontOrigin != null && request.getUrl().toString().startsWith(frontOrigin + "/")) {
                    request.setUrl(URI.create(nodeOrigin + request.getUrl().toString().substring(frontOrigin.length())).toURL());
                }
                String url = request.getUrl().toString();
                return url.startsWith(APP_ORIGIN + "/") || url.startsWith(DEMO_BOOKING_APP_ORIGIN + "/")
                        ? new StringWebResponse("<html><body><p id=\"app\">Application page</p></body></html>", request.getUrl())
                        : super.getResponse(request);
            }
        };
    }

    public Browser open(String url) {
        try {
            page = client.getPage(url);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int status() {
        return page.getWebResponse().getStatusCode();
    }

    /** A header of the page's response, or null. */
    public String header(String name) {
        return page.getWebResponse().getResponseHeaderValue(name);
    }

    public String url() {
        return page.getUrl().toString();
    }

    public String text() {
        return page instanceof HtmlPage html ? html.asNormalizedText() : page.getWebResponse().getContentAsString();
    }

    /** The page as the server sent it. */
    public String source() {
        return page.getWebResponse().getContentAsString();
    }

    /**
     * The message the page shows the person, if any: Keycloak's alert above a login form, a field's error,
     * or the text of its error and info pages; blank when the page shows none.
     */
    public String message() {
        if (!(page instanceof HtmlPage html)) {
            return "";
        }
        StringBuilder messages = new StringBuilder();
        for (Object node : html.getByXPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' kc-feedback-text ')"
                + " or @id='kc-error-message' or @id='kc-info-message' or starts-with(@id, 'input-error')]")) {
            messages.append(((HtmlElement) node).asNormalizedText().strip()).append('\n');
        }
        return messages.toString().strip();
    }

    public boolean has(String id) {
        return page instanceof HtmlPage html && html.getElementById(id) != null;
    }

    /** Clicks the element with this id (a link or a button) and follows where it leads. */
    public Browser click(String id) {
        HtmlElement element = html().getHtmlElementById(id);
        try {
            page = element.click();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks a submit button after changing the value it sends: what a tampered form posts. */
    public Browser clickSending(String id, String forgedValue) {
        html().getHtmlElementById(id).setAttribute("value", forgedValue);
        return click(id);
    }

    /** Fills the named fields of the page's form with this id and submits it. */
    public Browser submit(String formId, Map<String, String> fields) {
        HtmlForm form = (HtmlForm) html().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form " + formId + " on " + url() + ":\n" + text());
        }
        fields.forEach((name, value) -> {
            if (form.getInputsByName(name).isEmpty()) {
                throw new AssertionError("no field " + name + " in form " + formId + " on " + url() + ":\n" + form.asXml());
            }
            ((HtmlInput) form.getInputByName(name)).setValue(value);
        });
        HtmlElement submit = form.getFirstByXPath(".//*[@type='submit']");
        try {
            page = submit.click();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in on Keycloak's login page. */
    public Browser logIn(String username, String password) {
        return submit("kc-form-login", Map.of("username", username, "password", password));
    }

    private HtmlPage html() {
        if (!(page instanceof HtmlPage html)) {
            throw new AssertionError("not an HTML page: " + url());
        }
        return html;
    }

    @Override
    public void close() {
        client.close();
    }
}
