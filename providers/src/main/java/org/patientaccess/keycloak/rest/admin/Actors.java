package org.patientaccess.keycloak.rest.admin;

import java.util.HashMap;
import java.util.Map;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.rest.representation.ActorRepresentation;

/**
 * Who did something, for display: the account's id and its username, looked up once per request. A
 * deleted account has its id only; so has an account of the realm the caller may not view
 * (fine-grained admin permissions). A server administrator (master realm) is named.
 */
final class Actors {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Actor viewer;
    private final Map<String, ActorRepresentation> known = new HashMap<>();

    Actors(KeycloakSession session, RealmModel realm, Actor viewer) {
        this.session = session;
        this.realm = realm;
        this.viewer = viewer;
    }

    /** An account of this realm, if the caller may see its email and username; else (or deleted) null. */
    UserModel viewable(String userId) {
        UserModel user = userId == null ? null : session.users().getUserById(realm, userId);
        return user != null && viewer.mayView(user) ? user : null;
    }

    /** An account of a known realm (an event names the realm its actor signed in to). */
    ActorRepresentation of(String realmId, String userId) {
        if (userId == null) {
            return null;
        }
        return known.computeIfAbsent(realmId + "/" + userId, key -> {
            RealmModel home = realmId == null || realmId.equals(realm.getId()) ? realm : session.realms().getRealm(realmId);
            return named(userId, home, home == null ? null : session.users().getUserById(home, userId));
        });
    }

    /** An account of this realm or, failing that, a server administrator (a merge keeps only the account's id). */
    ActorRepresentation of(String userId) {
        if (userId == null) {
            return null;
        }
        return known.computeIfAbsent("?/" + userId, key -> {
            UserModel user = session.users().getUserById(realm, userId);
            if (user != null) {
                return named(userId, realm, user);
            }
            RealmModel admins = session.realms().getRealmByName(Config.getAdminRealm());
            return named(userId, admins, admins == null ? null : session.users().getUserById(admins, userId));
        });
    }

    private ActorRepresentation named(String userId, RealmModel home, UserModel user) {
        boolean shown = user != null && (!home.getId().equals(realm.getId()) || viewer.mayView(user));
        return new ActorRepresentation(userId, shown ? user.getUsername() : null);
    }
}
