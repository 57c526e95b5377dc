package org.patientaccess.keycloak.email;

import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * Tells a patient, by email to their own (SELF) account, that someone was given or lost access to
 * their record, in the account's own language, once the change commits (a change undone is told to
 * nobody). Best effort: a mail failure is logged (without personal data) and the change stands.
 */
public final class AccessChangeNotifier {

    static final String TEMPLATE = "patient-access-grant-changed.ftl";

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
        MailAfterCommit.send(session, realm, self.getEmail(), RecipientLocale.of(realm, self).toLanguageTag(), subjectKey, TEMPLATE, Map.of(
                "patientFirstName", patient.details().firstName(),
                "holderName", holder == null ? "" : AccountName.of(holder),
                "relationship", grant.relationship().name(),
                "granted", granted));
    }
}
