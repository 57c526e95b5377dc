package org.patientaccess.keycloak.tokens;

import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.core.AccessiblePatient;

/**
 * The patients a user may act for, looked up once per request: a token response runs several mappers
 * (access token, ID token, token response) and the refresh check, and they all share one list. Across
 * requests the list is kept with the account in Keycloak's user cache, which every change to it evicts
 * on every node ({@code AccessGrants#accessiblePatients}).
 */
public final class AccessiblePatients {

    private AccessiblePatients() {
    }

    @SuppressWarnings("unchecked")
    public static List<AccessiblePatient> of(KeycloakSession session, RealmModel realm, UserModel user) {
        String key = AccessiblePatients.class.getName() + ":" + realm.getId() + ":" + user.getId();
        Object read = session.getAttribute(key);
        if (read != null) {
            return (List<AccessiblePatient>) read;
        }
        List<AccessiblePatient> patients = new AccessGrants(session, realm).accessiblePatients(user);
        session.setAttribute(key, patients);
        return patients;
    }
}
