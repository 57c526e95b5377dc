package org.patientaccess.keycloak.it.support.mail;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reading the mail Keycloak sent, as the recipient's mail program would. */
public final class Mails {

    private Mails() {
    }

    /** The first link in the text of a message that contains {@code marker}. */
    public static String link(Part message, String marker) throws MessagingException, IOException {
        Matcher matcher = Pattern.compile("https?://\\S*" + Pattern.quote(marker) + "\\S*").matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("no link with " + marker + " in:\n" + text(message));
        }
        return matcher.group();
    }

    /** The text/plain part of a message, decoded. */
    public static String text(Part part) throws MessagingException, IOException {
        return partOfType(part, "text/plain");
    }

    /** The text/html part of a message, decoded. */
    public static String html(Part part) throws MessagingException, IOException {
        return partOfType(part, "text/html");
    }

    private static String partOfType(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = partOfType(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
