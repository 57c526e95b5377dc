package org.patientaccess.keycloak.it.support.mail;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.keycloak.testframework.mail.MailServer;

/**
 * The messages that came after a mark, known by their ids rather than by position: the mail server
 * lists its messages mailbox by mailbox, not in the order they came. Waited for address by address,
 * as a notice sent after its change commits comes a moment after the answer, and one of an earlier
 * step may still come in.
 */
public final class Arrivals {

    private static final long WAIT_SECONDS = 15;

    private final MailServer mail;

    public Arrivals(MailServer mail) {
        this.mail = mail;
    }

    /** The ids of the messages received so far: a mark to read from. */
    public Set<String> mark() {
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            ids.add(id(message));
        }
        return ids;
    }

    /** Every message received since the mark. */
    public List<MimeMessage> since(Set<String> mark) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> !mark.contains(id(message))).toList();
    }

    /**
     * The messages received since the mark by these addresses, once each has come (an address named
     * twice, two); only those, whatever else came.
     */
    public List<MimeMessage> awaitEach(Set<String> mark, String... addresses) throws InterruptedException {
        List<String> expected = List.of(addresses);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            List<MimeMessage> arrived = since(mark).stream().filter(message -> expected.contains(recipient(message))).toList();
            if (expected.stream().allMatch(address -> countTo(arrived, address) >= Collections.frequency(expected, address))) {
                return arrived;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("emails to " + expected + " did not all arrive; came to: " + arrived.stream().map(Arrivals::recipient).toList());
            }
            Thread.sleep(100);
        }
    }

    /** The first of the messages sent to the address. */
    public static MimeMessage to(List<MimeMessage> messages, String address) {
        return messages.stream().filter(message -> recipient(message).equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no email to " + address));
    }

    public static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long countTo(List<MimeMessage> messages, String address) {
        return messages.stream().filter(message -> recipient(message).equals(address)).count();
    }

    private static String id(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
