package org.patientaccess.keycloak.email;

import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.PatientRecord;

/**
 * Tells the address a record had that someone acting for the patient put another one in its place:
 * if the patient did not expect it, they can tell the clinic. Sent after the change commits.
 */
public final class EmailChangeNotice {

    static final String TEMPLATE = "patient-access-email-changed.ftl";

    private final KeycloakSession session;
    private final RealmModel realm;

    public EmailChangeNotice(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void tellPreviousAddress(String previousEmail, PatientRecord changed) {
        MailAfterCommit.send(session, realm, previousEmail, null, "patientAccessEmailChangedSubject", TEMPLATE,
                Map.of("patientFirstName", changed.details().firstName()));
    }
}
