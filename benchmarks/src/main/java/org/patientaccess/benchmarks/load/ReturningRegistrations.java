package org.patientaccess.benchmarks.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A returning patient registers online through the realm's own pages: the registration form (names,
 * birth date, the email on their record), the verification link from the mail, the password, then
 * our linking step, which should link the account to their record by itself. Should the code page
 * come instead, they continue without a code (a provisional record for staff), as RegisteringPeople
 * does in the integration tests.
 */
final class ReturningRegistrations {

    static final String REGISTER = "register a returning patient (form, mail link, password, link)";
    static final String CONTINUED = "code page, continued without a code";
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(90);

    private final LoadClinic clinic;
    private final ClinicMailbox mailbox;
    private final LoadRecorder recorder;
    private final AtomicInteger next = new AtomicInteger();
    /** The emails of the registrations the client saw finish: each must be an account linked to a record. */
    final Queue<String> registered = new ConcurrentLinkedQueue<>();

    ReturningRegistrations(LoadClinic clinic, ClinicMailbox mailbox, LoadRecorder recorder) {
        this.clinic = clinic;
        this.mailbox = mailbox;
        this.recorder = recorder;
    }

    void once(String nodeUrl) throws InterruptedException {
        int index = next.getAndIncrement();
        if (index >= clinic.returning.size()) {
            throw new IllegalStateException("out of returning patients: raise --returning");
        }
        LoadClinic.Returning person = clinic.returning.get(index);
        long start = System.nanoTime();
        FormBrowser browser = new FormBrowser(LoadCluster.PUBLIC_URL, nodeUrl);
        try {
            FormBrowser.Page page = browser.open(registrationUrl());
            page = browser.submit(page, "kc-register-form", Map.of("email", person.email(), "firstName", person.firstName(),
                    "lastName", person.lastName(), "birthDate", person.birthDate().toString(), "phoneNumber", ""));
            if (page.status() != 200 || page.has("kc-register-form")) {
                throw new FormBrowser.UnexpectedPage(page, "the registration form again");
            }
            page = browser.open(mailbox.awaitLink(person.email(), "login-actions/action-token", MAIL_PATIENCE));
            page = browser.submit(page, "kc-passwd-update-form", Map.of("password-new", LoadClinic.PASSWORD, "password-confirm", LoadClinic.PASSWORD));
            boolean continued = page.has("registration-code-form");
            if (continued) {
                page = browser.submit(page, "registration-code-form", Map.of("decision", "continue"));
            }
            if (!page.left() || !page.leftTo().startsWith(LoadClinic.APP_REDIRECT) || !page.leftTo().contains("code=")) {
                throw new FormBrowser.UnexpectedPage(page, "no redirect to the app with a code");
            }
            registered.add(person.email());
            if (continued) {
                recorder.designed(REGISTER, CONTINUED, start, browser.requests());
            } else {
                recorder.done(REGISTER, start, browser.requests());
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            recorder.failed(REGISTER, e, start, browser.requests());
        }
    }

    /** The booking app's registration request (PKCE, as the app sends it). */
    private static String registrationUrl() {
        return LoadCluster.PUBLIC_URL + "/realms/" + LoadClinic.REALM + "/protocol/openid-connect/registrations"
                + "?client_id=booking-app&response_type=code&scope=openid&code_challenge_method=S256&code_challenge=" + "x".repeat(43)
                + "&redirect_uri=" + URLEncoder.encode(LoadClinic.APP_REDIRECT, StandardCharsets.UTF_8);
    }
}
