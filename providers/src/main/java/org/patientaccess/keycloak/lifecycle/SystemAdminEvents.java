package org.patientaccess.keycloak.lifecycle;

import java.util.Map;

import org.keycloak.common.util.Time;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Admin events the clinic's rules write themselves (no staff member acts: the event's auth
 * details name no user), or a young person's decision on their own record (an assent: they are the
 * actor), stored like staff's, so that they appear in the patient's History.
 */
final class SystemAdminEvents {

    private final KeycloakSession session;
    private final RealmModel realm;

    SystemAdminEvents(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    void write(String resourceType, OperationType operation, String resourcePath, Map<String, String> details) {
        write(resourceType, operation, resourcePath, details, null);
    }

    /** As {@link #write(String, OperationType, String, Map)}, naming the account that acted ({@code null}: the rules). */
    void write(String resourceType, OperationType operation, String resourcePath, Map<String, String> details, String actorUserId) {
        if (!realm.isAdminEventsEnabled()) {
            return;
        }
        AdminEvent event = new AdminEvent();
        event.setId(KeycloakModelUtils.generateId());
        event.setRealmId(realm.getId());
        event.setTime(Time.currentTimeMillis());
        event.setResourceTypeAsString(resourceType);
        event.setOperationType(operation);
        event.setResourcePath(resourcePath);
        event.setDetails(details);
        // The store needs auth details; without a user they read as "nobody acted".
        AuthDetails auth = new AuthDetails();
        auth.setRealmId(realm.getId());
        auth.setUserId(actorUserId);
        event.setAuthDetails(auth);
        session.getProvider(EventStoreProvider.class).onEvent(event, false);
    }
}
