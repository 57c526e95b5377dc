package org.patientaccess.keycloak.tokens;

import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.core.AccessiblePatient;

/**
 * The patients a user may act for, read once per request: a token response runs several mappers
 * (access token, ID token, token response) and the refresh check, and they all share one query.
 * Nothing outlives the request, so a grant ended a moment ago is never served from memory.
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
