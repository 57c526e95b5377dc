package org.patientaccess.keycloak.setup;

import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.Constants;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.mappers.AudienceProtocolMapper;
import org.keycloak.representations.AccessToken;

/**
 * The client scope {@value #NAME} that every realm keeps: a client given it gets access tokens with
 * the audience {@value #AUDIENCE}, the only tokens the signed-in person's API accepts. So a token
 * issued to any other client of the realm cannot read a person's patients or add a dependent.
 */
public final class PatientAccessClientScope {

    public static final String NAME = "patient-access";
    public static final String AUDIENCE = "patient-access";

    private PatientAccessClientScope() {
    }

    /** Adds the scope to a realm that has none of this name; a realm's own definition is kept. */
    public static void ensureIn(RealmModel realm) {
        if (realm.getClientScopesStream().anyMatch(scope -> NAME.equals(scope.getName()))) {
            return;
        }
        ClientScopeModel scope = realm.addClientScope(NAME);
        scope.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
        scope.setDescription("Calls the signed-in person's patient access API (/realms/{realm}/patient-access/me)");
        scope.setIncludeInTokenScope(true);
        scope.setDisplayOnConsentScreen(true);
        scope.setConsentScreenText("Your patients and the people who act for you");
        // In lightweight access tokens too (Keycloak's admin-cli issues those): the API needs the audience in every one.
        scope.addProtocolMapper(AudienceProtocolMapper.createClaimMapper("patient-access audience", null, AUDIENCE,
                true, false, true, true));
    }

    /**
     * Gives Keycloak's account console the scope as a default one, so that its pages (the "Family &amp;
     * access" page of our account theme) can call the person's API with the console's own token.
     */
    public static void ensureAccountConsoleUses(RealmModel realm) {
        ClientModel console = realm.getClientByClientId(Constants.ACCOUNT_CONSOLE_CLIENT_ID);
        ClientScopeModel scope = realm.getClientScopesStream().filter(candidate -> NAME.equals(candidate.getName())).findFirst().orElse(null);
        if (console == null || scope == null || console.getClientScopes(true).containsKey(NAME)) {
            return;
        }
        console.addClientScope(scope, true);
    }

    /** Whether an access token was issued for the person's API. */
    public static boolean isFor(AccessToken token) {
        return token.hasAudience(AUDIENCE);
    }
}
