package org.patientaccess.keycloak.it.support.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.keycloak.testframework.mail.MailServer;

/** The messages of the test's mail server, read per recipient (some are sent after the page answers). */
public final class Inbox {

    private final MailServer mail;

    public Inbox(MailServer mail) {
        this.mail = mail;
    }

    /** How many messages the server has received so far: a mark to count from. */
    public int mark() {
        return mail.getReceivedMessages().length;
    }

    /** How many messages an address received after the mark {@code since}. */
    public int countTo(String address, int since) {
        MimeMessage[] received = mail.getReceivedMessages();
        int count = 0;
        for (int i = since; i < received.length; i++) {
            if (recipient(received[i]).equals(address)) {
                count++;
            }
        }
        return count;
    }

    /** Waits (up to 15 seconds) until an address has received a message after the mark. */
    public void awaitTo(String address, int since) throws InterruptedException {
        for (int wait = 0; wait < 150 && countTo(address, since) == 0; wait++) {
            Thread.sleep(100);
        }
    }

    /**
     * Waits until an address has received {@code count} messages after the mark, or {@code timeout} has
     * passed: whether it has. For a message that may or may not come (a code mailed after the page answers).
     */
    public boolean awaitCount(String address, int since, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (countTo(address, since) < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** The code of the next message to an address after the mark: codes are mailed after the page answers. */
    public String awaitCode(String address, int since) throws Exception {
        awaitTo(address, since);
        return Mails.text(lastTo(address)).replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1");
    }

    /** The last message sent to an address. */
    public MimeMessage lastTo(String address) {
        MimeMessage found = null;
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (recipient(message).equals(address)) {
                found = message;
            }
        }
        assertThat(found).as("a message to " + address).isNotNull();
        return found;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
