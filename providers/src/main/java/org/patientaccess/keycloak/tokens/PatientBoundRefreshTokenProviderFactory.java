package org.patientaccess.keycloak.tokens;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.protocol.oidc.refresh.RefreshTokenProvider;
import org.keycloak.protocol.oidc.refresh.RefreshTokenProviderFactory;

public class PatientBoundRefreshTokenProviderFactory implements RefreshTokenProviderFactory {

    public static final String ID = "patient-access";

    @Override
    public RefreshTokenProvider create(KeycloakSession session) {
        return new PatientBoundRefreshTokenProvider(session);
    }

    /** Before Keycloak's default provider (0), after its specialised ones (OID4VCI: 10), which check their own tokens. */
    @Override
    public int order() {
        return 5;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
