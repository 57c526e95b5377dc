package org.patientaccess.keycloak.access;

import java.util.Collection;
import java.util.LinkedHashSet;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.patientaccess.keycloak.core.NotPermittedException;

/**
 * Who asks for a change of access: a staff member, whom Keycloak's admin permissions (per account,
 * in realms with fine-grained admin permissions) allow or not to manage and view each account; or the
 * clinic's own rules (the coming-of-age task), which act for nobody. The services ask it, once per
 * change and before anything is written, about every account whose access the change touches.
 */
public final class Actor {

    private static final Actor SYSTEM = new Actor(null, null);

    private final String userId;
    private final AdminPermissionEvaluator permissions;

    private Actor(String userId, AdminPermissionEvaluator permissions) {
        this.userId = userId;
        this.permissions = permissions;
    }

    /** A staff member of the admin API, with the permissions Keycloak evaluated for the request. */
    public static Actor staff(AdminPermissionEvaluator permissions) {
        return new Actor(permissions.adminAuth().getUser().getId(), permissions);
    }

    /** The clinic's own rules, run by a task: no one acts, nothing is refused. */
    public static Actor system() {
        return SYSTEM;
    }

    /** The acting account's id; null for the system. */
    public String userId() {
        return userId;
    }

    /** Whether the actor may see this account's email and username. */
    public boolean mayView(UserModel account) {
        return permissions == null || permissions.users().canView(account);
    }

    /**
     * Refuses a change that touches the access of an account the actor may not manage. A deleted
     * account has no permission left to check.
     */
    public void requireMayChangeAccessOf(KeycloakSession session, RealmModel realm, Collection<String> accountIds) {
        if (permissions == null) {
            return;
        }
        for (String accountId : new LinkedHashSet<>(accountIds)) {
            UserModel account = session.users().getUserById(realm, accountId);
            if (account != null && !permissions.users().canManage(account)) {
                throw new NotPermittedException("your admin permissions do not allow changing the access of an account this touches");
            }
        }
    }
}
