package org.patientaccess.keycloak.it.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.keycloak.testframework.mail.MailServer;
import org.patientaccess.keycloak.it.support.api.ApiResponse;
import org.patientaccess.keycloak.it.support.api.PatientAccessApi;
import org.patientaccess.keycloak.it.support.mail.Mails;

/** Staff inviting by email, and the invited person reading their mail. */
final class InvitationSupport {

    static final String LINK_MARKER = "/patient-access/invitation?token=";

    private InvitationSupport() {
    }

    static ApiResponse invite(PatientAccessApi staff, String patientId, String email, String relationship) {
        return staff.post("/" + patientId + "/invitations", Map.of("email", email, "relationship", relationship));
    }

    /** Waits for the next message and answers it. */
    static MimeMessage nextMail(MailServer mail, int alreadyReceived) {
        assertThat(mail.waitForIncomingEmail(15_000, alreadyReceived + 1)).as("an email arrives").isTrue();
        return mail.getReceivedMessages()[alreadyReceived];
    }

    static String invitationLink(MimeMessage message) throws Exception {
        return Mails.link(message, LINK_MARKER).replace("&amp;", "&");
    }
}
