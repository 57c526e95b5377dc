package org.patientaccess.keycloak.tokens;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.keycloak.OAuthErrorException;
import org.keycloak.common.ClientConnection;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.TokenManager;
import org.keycloak.protocol.oidc.refresh.DefaultRefreshTokenProvider;
import org.keycloak.protocol.oidc.refresh.DefaultRefreshTokenProviderFactory;
import org.keycloak.protocol.oidc.refresh.InitialRefreshTokenContext;
import org.keycloak.protocol.oidc.refresh.RefreshTokenContext;
import org.keycloak.representations.RefreshToken;

/**
 * Keycloak's own refresh, plus one rule: a refresh token that carries the patient context (its
 * scopes hold the selected-patient mapper) of a patient chosen at login is refused
 * ({@code invalid_grant}) once the user's grant for that patient has ended.
 * Sessions without a chosen patient pass without a query; new refresh tokens are still made by
 * Keycloak's default provider.
 */
public class PatientBoundRefreshTokenProvider extends DefaultRefreshTokenProvider {

    public PatientBoundRefreshTokenProvider(KeycloakSession session) {
        super(session);
    }

    @Override
    public boolean supports(InitialRefreshTokenContext initialRefreshTokenCtx) {
        return false;
    }

    @Override
    public boolean supports(RefreshTokenContext ctx) {
        String provider = ctx.oldRefreshToken().getProvider();
        return super.supports(ctx) && (provider == null || DefaultRefreshTokenProviderFactory.PROVIDER_ID.equals(provider));
    }

    @Override
    protected TokenManager.TokenValidation validateToken(KeycloakSession session, UriInfo uriInfo, ClientConnection connection, RealmModel realm,
                                                         RefreshToken oldToken, HttpHeaders headers, String scope, ClientModel client,
                                                         TokenManager tokenManager, EventBuilder event) throws OAuthErrorException {
        TokenManager.TokenValidation validation = super.validateToken(session, uriInfo, connection, realm, oldToken, headers, scope, client,
                tokenManager, event);
        if (carriesPatientContext(validation.clientSessionCtx)
                && SelectedPatient.of(session, realm, validation.user, validation.clientSessionCtx.getClientSession()) instanceof SelectedPatient.Ended) {
            throw new OAuthErrorException(OAuthErrorException.INVALID_GRANT, "Access to the selected patient has ended");
        }
        return validation;
    }

    /** Only tokens whose scopes hold the selected-patient mapper speak for a patient. */
    private static boolean carriesPatientContext(ClientSessionContext clientSessionCtx) {
        return clientSessionCtx.getProtocolMappersStream()
                .anyMatch(mapper -> SelectedPatientMapper.PROVIDER_ID.equals(mapper.getProtocolMapper()));
    }
}
