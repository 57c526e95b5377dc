package org.patientaccess.benchmarks.load;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The SMTP server the realm sends to, in the load client's JVM: every address gets its own mailbox. */
final class ClinicMailbox implements AutoCloseable {

    private final GreenMail mail;
    final int port;

    ClinicMailbox(int port) {
        this.port = port;
        this.mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    /** The first link in the text of the first message to {@code address} that contains {@code marker}, waiting for it. */
    String awaitLink(String address, String marker, Duration patience) throws IOException, InterruptedException {
        Pattern link = Pattern.compile("https?://\\S*" + Pattern.quote(marker) + "\\S*");
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            for (StoredMessage message : messagesTo(address)) {
                Matcher found = link.matcher(text(message));
                if (found.find()) {
                    return found.group().replace("&amp;", "&");
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("no mail with a link to " + marker + " within " + patience.toSeconds() + " s");
    }

    private List<StoredMessage> messagesTo(String address) throws IOException {
        GreenMailUser user = mail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return mail.getManagers().getImapHostManager().getInbox(user).getMessages();
        } catch (Exception e) {
            throw new IOException("cannot read the mailbox", e);
        }
    }

    private static String text(StoredMessage message) throws IOException {
        try {
            return text(message.getMimeMessage());
        } catch (MessagingException e) {
            throw new IOException("cannot read a message", e);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        StringBuilder all = new StringBuilder();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.append(text(child));
            }
        }
        return all.toString();
    }

    @Override
    public void close() {
        mail.stop();
    }
}
