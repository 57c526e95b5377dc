package org.patientaccess.keycloak.email;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SubjectCredentialManager;
import org.keycloak.models.UserModel;
import org.keycloak.storage.adapter.AbstractInMemoryUserAdapter;

/**
 * An email address that may have no account yet, as the recipient Keycloak's
 * EmailTemplateProvider needs: its email and locale, nothing stored.
 */
final class InvitedAddress extends AbstractInMemoryUserAdapter {

    InvitedAddress(KeycloakSession session, RealmModel realm, String email, String locale) {
        super(session, realm, null);
        setEmail(email);
        if (locale != null) {
            setSingleAttribute(UserModel.LOCALE, locale);
        }
    }

    @Override
    public SubjectCredentialManager credentialManager() {
        throw new UnsupportedOperationException("an invited address has no credentials");
    }
}
