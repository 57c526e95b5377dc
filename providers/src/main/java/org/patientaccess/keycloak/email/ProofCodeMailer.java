package org.patientaccess.keycloak.email;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Sends the one-time code that proves a registering person owns the email on a clinic record. */
public final class ProofCodeMailer {

    static final String TEMPLATE = "patient-access-registration-code.ftl";

    private final KeycloakSession session;
    private final RealmModel realm;

    public ProofCodeMailer(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void send(String email, String code) throws EmailException {
        String clinic = realm.getDisplayName() != null ? realm.getDisplayName() : realm.getName();
        // Keycloak adds its own attributes to this map, so it must be mutable.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("clinicName", clinic);
        attributes.put("code", code);
        session.getProvider(EmailTemplateProvider.class)
                .setRealm(realm)
                .setUser(new InvitedAddress(session, realm, email, null))
                .send("patientAccessRegistrationCodeSubject", List.of(clinic), TEMPLATE, attributes);
    }
}
