package org.patientaccess.keycloak.it.support.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

/**
 * A person's browser on Keycloak's own pages (HtmlUnit, without JavaScript: the login pages work
 * without it). Each instance has its own cookies, so two instances are two browsers.
 */
public final class Browser implements AutoCloseable {

    private final WebClient client = new WebClient();
    private Page page;

    public Browser() {
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setPrintContentOnFailingStatusCode(false);
        client.getOptions().setRedirectEnabled(true);
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

    public String url() {
        return page.getUrl().toString();
    }

    public String text() {
        return page instanceof HtmlPage html ? html.asNormalizedText() : page.getWebResponse().getContentAsString();
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
