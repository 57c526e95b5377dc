package org.patientaccess.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The demo's mail catcher: GreenMail accepts every message on a loopback SMTP port, and a small web
 * page lists them, newest first, and shows each one as the recipient would see it. Each message keeps
 * its number ({@code /messages/1} is the first received) for as long as the catcher runs.
 */
public final class MailCatcher {

    /**
     * Every message in the order it arrived. GreenMail's own list is grouped by recipient, so a new
     * message to an earlier recipient would move the ones after it and change what a link shows.
     */
    private static final CopyOnWriteArrayList<MimeMessage> RECEIVED = new CopyOnWriteArrayList<>();

    public static void main(String[] args) throws IOException {
        int smtpPort = Integer.parseInt(option(args, "--smtp-port", "3025"));
        int httpPort = Integer.parseInt(option(args, "--http-port", "8025"));

        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        MessageDeliveryHandler mailboxes = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
            // A message to several recipients is delivered once per recipient, and listed once.
            RECEIVED.addIfAbsent(message.getMessage());
            return mailboxes.handle(message, recipient);
        });

        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
        http.createContext("/", MailCatcher::serve);
        http.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop(0);
            greenMail.stop();
        }));
        System.out.println("Mail catcher: SMTP on 127.0.0.1:" + smtpPort + ", mail at http://127.0.0.1:" + httpPort + "/");
    }

    private static void serve(HttpExchange exchange) throws IOException {
        List<MimeMessage> messages = List.copyOf(RECEIVED);
        String path = exchange.getRequestURI().getPath();
        try {
            if (path.equals("/")) {
                respond(exchange, 200, "text/html", listPage(messages));
            } else if (path.matches("/messages/[1-9]\\d{0,8}")) {
                int number = Integer.parseInt(path.substring("/messages/".length()));
                if (number > messages.size()) {
                    respond(exchange, 404, "text/plain", "No such message");
                } else {
                    respond(exchange, 200, "text/html", messagePage(messages.get(number - 1)));
                }
            } else {
                respond(exchange, 404, "text/plain", "Not found");
            }
        } catch (MessagingException e) {
            respond(exchange, 500, "text/plain", "Could not read the message: " + e.getMessage());
        }
    }

    private static String listPage(List<MimeMessage> messages) throws MessagingException {
        StringBuilder rows = new StringBuilder();
        for (int i = messages.size() - 1; i >= 0; i--) {
            MimeMessage message = messages.get(i);
            rows.append("<tr><td>").append(escape(String.valueOf(message.getSentDate())))
                    .append("</td><td>").append(escape(addresses(message.getAllRecipients())))
                    .append("</td><td><a href=\"/messages/").append(i + 1).append("\">")
                    .append(escape(message.getSubject())).append("</a></td></tr>");
        }
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Demo mail</title>"
                + "<meta http-equiv=\"refresh\" content=\"5\">"
                + "<style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em 1em;text-align:left}</style></head>"
                + "<body><h1>Mail sent by the clinic demo</h1><p>" + messages.size() + " message(s); this page refreshes every 5 s.</p>"
                + "<table><tr><th>Sent</th><th>To</th><th>Subject</th></tr>" + rows + "</table></body></html>";
    }

    private static String messagePage(MimeMessage message) throws MessagingException, IOException {
        String html = htmlPart(message);
        String body = html != null ? html : "<pre>" + escape(GreenMailUtil.getBody(message)) + "</pre>";
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + escape(message.getSubject()) + "</title></head>"
                + "<body><p><a href=\"/\">&larr; all mail</a></p>"
                + "<p><b>To:</b> " + escape(addresses(message.getAllRecipients())) + "<br><b>Subject:</b> "
                + escape(message.getSubject()) + "</p><hr>" + body + "</body></html>";
    }

    /** The text/html part of a message, if it has one. */
    private static String htmlPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = htmlPart(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
