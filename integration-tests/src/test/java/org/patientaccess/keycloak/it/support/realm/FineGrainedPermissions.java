package org.patientaccess.keycloak.it.support.realm;

import java.util.Set;

import org.keycloak.admin.client.resource.AuthorizationResource;
import org.keycloak.representations.idm.authorization.Logic;
import org.keycloak.representations.idm.authorization.ScopePermissionRepresentation;
import org.keycloak.representations.idm.authorization.UserPolicyRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * What the limited staff member of a {@link FineGrainedClinicRealm} may do with accounts, set as a
 * realm administrator sets it under Permissions: every account may be viewed and managed, then one
 * account at a time is taken out of a scope ({@code view}, {@code manage}) by a permission that denies
 * it. Each step is done once per realm, so that every test of a class may ask for it again.
 */
public final class FineGrainedPermissions {

    public static final String VIEW = "view";
    public static final String MANAGE = "manage";

    private static final String LIMITED_STAFF = "limited staff";
    private static final String NOT_THE_LIMITED_STAFF = "not the limited staff";

    private final ManagedRealm realm;
    private final AuthorizationResource permissions;

    private FineGrainedPermissions(ManagedRealm realm) {
        this.realm = realm;
        this.permissions = realm.admin().clients()
                .get(realm.admin().clients().findByClientId("admin-permissions").get(0).getId()).authorization();
    }

    public static FineGrainedPermissions of(ManagedRealm realm) {
        return new FineGrainedPermissions(realm);
    }

    /** The limited staff member may view and manage every account of the realm. */
    public FineGrainedPermissions limitedStaffMayViewAndManageEveryAccount() {
        if (permissions.policies().findByName(LIMITED_STAFF) == null) {
            permissions.policies().user().create(userPolicy(LIMITED_STAFF, Logic.POSITIVE)).close();
            permissions.policies().user().create(userPolicy(NOT_THE_LIMITED_STAFF, Logic.NEGATIVE)).close();
            permissions.permissions().scope().create(permission("staff manage accounts", null, Set.of(VIEW, MANAGE), LIMITED_STAFF)).close();
        }
        return this;
    }

    /** ...but may not {@code scope} ({@link #VIEW} or {@link #MANAGE}) the account of {@code username}. */
    public FineGrainedPermissions butMayNot(String scope, String username) {
        String userId = userId(username);
        String name = "may not " + scope + " " + userId;
        if (permissions.permissions().scope().findByName(name) == null) {
            permissions.permissions().scope().create(permission(name, userId, Set.of(scope), NOT_THE_LIMITED_STAFF)).close();
        }
        return this;
    }

    /** The id of an account of the realm, by its username. */
    public String userId(String username) {
        return realm.admin().users().search(username, true).get(0).getId();
    }

    private UserPolicyRepresentation userPolicy(String name, Logic logic) {
        UserPolicyRepresentation policy = new UserPolicyRepresentation();
        policy.setName(name);
        policy.addUser(userId(FineGrainedClinicRealm.LIMITED_STAFF));
        policy.setLogic(logic);
        return policy;
    }

    /** A permission on the Users resource type: every account, or only {@code userId}. */
    private static ScopePermissionRepresentation permission(String name, String userId, Set<String> scopes, String policy) {
        ScopePermissionRepresentation permission = new ScopePermissionRepresentation();
        permission.setName(name);
        permission.setResourceType("Users");
        if (userId != null) {
            permission.setResources(Set.of(userId));
        }
        permission.setScopes(scopes);
        permission.addPolicy(policy);
        return permission;
    }
}
