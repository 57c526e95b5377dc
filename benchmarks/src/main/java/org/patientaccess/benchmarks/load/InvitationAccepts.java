package org.patientaccess.benchmarks.load;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.patientaccess.benchmarks.ServerAdmin;

/**
 * Staff invite a parent to a record on one node; the parent opens the link, logs in and accepts on
 * a node of its own. Every invitation is to another record, so each should end in exactly one grant.
 * Now and then the parent has the link open on both nodes and clicks Accept on both at once: one
 * click wins, the other must see the link's "no longer valid" page.
 */
final class InvitationAccepts {

    static final String INVITE = "invite (staff: POST invitation + GET link)";
    static final String ACCEPT = "accept an invitation (link, login, Accept)";
    static final String TWICE = "accept one link on both nodes at once";
    static final String LINK_USED = "second click: 'no longer valid' page";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ServerAdmin> staffPerNode;
    private final List<String> nodeUrls;
    private final LoadClinic clinic;
    private final LoadRecorder recorder;
    private final ExecutorService clicks;
    private final int twiceEvery;
    private final AtomicInteger nextRecord = new AtomicInteger();
    /** Invitations whose acceptance the client saw succeed: each must have exactly one grant. */
    final Queue<String> accepted = new ConcurrentLinkedQueue<>();
    /** Links clicked on both nodes: each must have exactly one grant too. */
    final Queue<String> clickedTwice = new ConcurrentLinkedQueue<>();

    InvitationAccepts(List<ServerAdmin> staffPerNode, List<String> nodeUrls, LoadClinic clinic, LoadRecorder recorder,
                      ExecutorService clicks, int twiceEvery) {
        this.staffPerNode = staffPerNode;
        this.nodeUrls = nodeUrls;
        this.clinic = clinic;
        this.recorder = recorder;
        this.clicks = clicks;
        this.twiceEvery = twiceEvery;
    }

    /** One invitation, from staff's POST to the parent's Accept; {@code worker} chooses the parent and, with {@code round}, the nodes. */
    void once(int worker, int round) throws InterruptedException {
        int record = nextRecord.getAndIncrement();
        if (record >= clinic.inviteeRecordIds.size()) {
            throw new IllegalStateException("out of records to invite to: raise --records");
        }
        String patientId = clinic.inviteeRecordIds.get(record);
        String parent = clinic.parents.get(worker % clinic.parents.size());
        Invited invited = invite(staffPerNode.get(round % 2), patientId, parent);
        if (invited == null) {
            return;
        }
        // From each parent's second invitation on, one in {@code twiceEvery}: a run of a few minutes gives each parent only a few.
        if (twiceEvery > 0 && round % twiceEvery == 1) {
            acceptOnBothNodes(invited, parent);
        } else {
            acceptOnce(invited, parent, nodeUrls.get((round + 1 + worker) % 2));
        }
    }

    private record Invited(String id, String link) {
    }

    private Invited invite(ServerAdmin staff, String patientId, String email) throws InterruptedException {
        long start = System.nanoTime();
        try {
            String path = "/admin/realms/" + LoadClinic.REALM + "/patient-access/patients/" + patientId + "/invitations";
            ServerAdmin.Answer created = staff.call("POST", path, "application/json",
                    JSON.writeValueAsString(Map.of("email", email, "relationship", "PARENT")));
            if (created.status() != 201) {
                refused(INVITE, "POST invitation", created, start, 1);
                return null;
            }
            String id = JSON.readTree(created.body()).path("id").asText();
            ServerAdmin.Answer link = staff.call("GET", path + "/" + id + "/link", null, null);
            if (link.status() != 200) {
                refused(INVITE, "GET link", link, start, 2);
                return null;
            }
            recorder.done(INVITE, start, 2);
            return new Invited(id, JSON.readTree(link.body()).path("link").asText());
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            recorder.failed(INVITE, e, start, 1);
            return null;
        }
    }

    /** A 409 or 429 is a designed refusal; any other status is an error. */
    private void refused(String kind, String step, ServerAdmin.Answer answer, long start, int requests) {
        if (answer.status() == 409 || answer.status() == 429) {
            recorder.designed(kind, answer.status() + " on " + step, start, requests);
        } else {
            recorder.failed(kind, answer.status() + " on " + step, abbreviated(answer.body()), start, requests);
        }
    }

    private void acceptOnce(Invited invited, String parent, String nodeUrl) throws InterruptedException {
        long start = System.nanoTime();
        FormBrowser browser = new FormBrowser(LoadCluster.PUBLIC_URL, nodeUrl);
        try {
            FormBrowser.Page answer = browser.submit(atTheAcceptButton(browser, invited, parent), "invitation-decision",
                    Map.of("decision", "accept"));
            if (!answer.left()) {
                throw new FormBrowser.UnexpectedPage(answer, "no redirect to the app after Accept");
            }
            accepted.add(invited.id());
            recorder.done(ACCEPT, start, browser.requests());
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            recorder.failed(ACCEPT, e, start, browser.requests());
        }
    }

    private void acceptOnBothNodes(Invited invited, String parent) throws InterruptedException {
        long start = System.nanoTime();
        List<FormBrowser> browsers = nodeUrls.stream().map(url -> new FormBrowser(LoadCluster.PUBLIC_URL, url)).toList();
        try {
            FormBrowser.Page[] ready = {atTheAcceptButton(browsers.get(0), invited, parent), atTheAcceptButton(browsers.get(1), invited, parent)};
            CountDownLatch gate = new CountDownLatch(1);
            List<CompletableFuture<FormBrowser.Page>> answers = List.of(0, 1).stream().map(i -> CompletableFuture.supplyAsync(() -> {
                try {
                    gate.await();
                    return browsers.get(i).submit(ready[i], "invitation-decision", Map.of("decision", "accept"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, clicks)).toList();
            gate.countDown();
            FormBrowser.Page first = answers.get(0).join();
            FormBrowser.Page second = answers.get(1).join();
            int requests = browsers.get(0).requests() + browsers.get(1).requests();
            clickedTwice.add(invited.id());
            long wins = (first.left() ? 1 : 0) + (second.left() ? 1 : 0);
            boolean loserSawTheUsedLink = first.has("invitation-problem") || second.has("invitation-problem");
            if (wins == 1 && loserSawTheUsedLink) {
                accepted.add(invited.id());
                recorder.designed(TWICE, "one accepted, " + LINK_USED, start, requests);
            } else {
                recorder.failed(TWICE, wins + " accepted of 2 clicks", "first " + describe(first) + ", second " + describe(second), start, requests);
            }
        } catch (Exception e) {
            recorder.failed(TWICE, e, start, browsers.get(0).requests() + browsers.get(1).requests());
        }
    }

    private static FormBrowser.Page atTheAcceptButton(FormBrowser browser, Invited invited, String parent) throws Exception {
        FormBrowser.Page page = browser.click(browser.open(invited.link()), "invitation-login");
        page = browser.submit(page, "kc-form-login", Map.of("username", parent, "password", LoadClinic.PASSWORD));
        if (!page.has("invitation-decision")) {
            throw new FormBrowser.UnexpectedPage(page, "no Accept button after login");
        }
        return page;
    }

    private static String describe(FormBrowser.Page page) {
        return page.left() ? "redirected to the app" : page.status() + " " + (page.has("invitation-problem") ? "'no longer valid'" : "page")
                + " at " + page.url();
    }

    static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
