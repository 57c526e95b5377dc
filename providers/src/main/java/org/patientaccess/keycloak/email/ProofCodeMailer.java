package org.patientaccess.keycloak.email;

import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Sends the one-time code that proves a registering person owns the email on a clinic record, after
 * the request commits and without the page waiting for it (see {@link MailAfterCommit}): the page
 * answers in the same time whether or not a code was sent, so its timing tells nobody whether the
 * clinic knows a person. If it cannot be sent, the person can continue and the registration waits
 * for staff.
 */
public final class ProofCodeMailer {

    static final String TEMPLATE = "patient-access-registration-code.ftl";

    private final KeycloakSession session;
    private final RealmModel realm;

    public ProofCodeMailer(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void sendAfterCommit(String email, String code, String locale) {
        MailAfterCommit.send(session, realm, email, locale, "patientAccessRegistrationCodeSubject", TEMPLATE, Map.of("code", code));
    }
}
