package org.patientaccess.keycloak.email;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * Tells a patient, by email to their own (SELF) account, that someone was given or lost access to
 * their record. Best effort: a mail failure is logged (without personal data) and the change stands.
 */
public final class AccessChangeNotifier {

    static final String TEMPLATE = "patient-access-grant-changed.ftl";
    private static final Logger LOG = Logger.getLogger(AccessChangeNotifier.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    public AccessChangeNotifier(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void granted(PatientRecord patient, AccessGrant grant) {
        notifySelf(patient, grant, "patientAccessGrantCreatedSubject", true);
    }

    public void ended(PatientRecord patient, AccessGrant grant) {
        notifySelf(patient, grant, "patientAccessGrantEndedSubject", false);
    }

    private void notifySelf(PatientRecord patient, AccessGrant grant, String subjectKey, boolean granted) {
        UserModel self = session.getProvider(PatientAccessStore.class).grants().findActiveSelf(realm, patient.id())
                .map(selfGrant -> session.users().getUserById(realm, selfGrant.userId()))
                .orElse(null);
        if (self == null || self.getEmail() == null || self.getId().equals(grant.userId())) {
            return;
        }
        UserModel holder = session.users().getUserById(realm, grant.userId());
        String clinic = realm.getDisplayName() != null ? realm.getDisplayName() : realm.getName();
        // Keycloak adds its own attributes to this map, so it must be mutable.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("clinicName", clinic);
        attributes.put("patientFirstName", patient.details().firstName());
        attributes.put("holderName", holder == null ? "" : displayName(holder));
        attributes.put("relationship", grant.relationship().name());
        attributes.put("granted", granted);
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(self)
                    .send(subjectKey, List.of(clinic), TEMPLATE, attributes);
        } catch (EmailException e) {
            // Not the exception itself: its text can name the recipient.
            LOG.warnf("Could not send the access-change email for grant %s (%s)", grant.id(), e.getClass().getSimpleName());
        }
    }

    private static String displayName(UserModel user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getEmail() : name;
    }
}
