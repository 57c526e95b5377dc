package org.patientaccess.keycloak.registrations;

import java.util.Optional;

import org.keycloak.authentication.forms.RegistrationPassword;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.IdentityProviderQuery;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;

/**
 * Whether a verified email proves who registered, in this realm's settings. It does only when
 * whoever verifies the email is whoever holds the account: Keycloak verifies every new account's
 * email, the password is set after that (Keycloak's default when it verifies emails), and no
 * identity provider's emails are trusted as verified. Otherwise someone could register with another
 * person's address and a password of their own, and wait for that person to confirm the mail; or
 * bring an address from a provider that never checked it. Where it does not hold, no registration
 * links by itself: staff decide.
 */
public final class EmailProof {

    private EmailProof() {
    }

    /** A realm setting that makes a verified email prove nothing. */
    public enum Reason {
        EMAIL_NOT_VERIFIED("the realm does not verify the email of new accounts"),
        PASSWORD_BEFORE_VERIFICATION("the registration form sets the password before the email is verified ("
                + RegistrationPassword.ALWAYS_SET_PASSWORD_ON_REGISTER_FORM + ")"),
        TRUSTED_IDENTITY_PROVIDER("an identity provider's emails are trusted as verified");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Why a verified email proves nothing in this realm, or empty when it proves who registered. */
    public static Optional<Reason> whyNot(KeycloakSession session, RealmModel realm) {
        if (!verifiesEveryNewEmail(realm)) {
            return Optional.of(Reason.EMAIL_NOT_VERIFIED);
        }
        if (passwordBeforeVerification(realm)) {
            return Optional.of(Reason.PASSWORD_BEFORE_VERIFICATION);
        }
        if (anyProviderTrustsEmails(session, realm)) {
            return Optional.of(Reason.TRUSTED_IDENTITY_PROVIDER);
        }
        return Optional.empty();
    }

    /** Keycloak's store of identity providers reads the session's realm: this one's, for the question's time. */
    private static boolean anyProviderTrustsEmails(KeycloakSession session, RealmModel realm) {
        RealmModel previous = session.getContext().getRealm();
        session.getContext().setRealm(realm);
        try {
            return session.identityProviders().getAllStream(IdentityProviderQuery.any(), null, null).anyMatch(EmailProof::trustsEmails);
        } finally {
            session.getContext().setRealm(previous);
        }
    }

    private static boolean verifiesEveryNewEmail(RealmModel realm) {
        if (realm.isVerifyEmail()) {
            return true;
        }
        RequiredActionProviderModel verifyEmail = realm.getRequiredActionProviderByAlias(UserModel.RequiredAction.VERIFY_EMAIL.name());
        return verifyEmail != null && verifyEmail.isEnabled() && verifyEmail.isDefaultAction();
    }

    /** Keycloak's own test, in its registration form's password action: configured to always show the password fields. */
    private static boolean passwordBeforeVerification(RealmModel realm) {
        return realm.getRegistrationFlow() != null && executionsOf(realm, realm.getRegistrationFlow().getId());
    }

    private static boolean executionsOf(RealmModel realm, String flowId) {
        return realm.getAuthenticationExecutionsStream(flowId).anyMatch(execution -> execution.isAuthenticatorFlow()
                ? executionsOf(realm, execution.getFlowId())
                : setsPasswordOnForm(realm, execution));
    }

    private static boolean setsPasswordOnForm(RealmModel realm, AuthenticationExecutionModel execution) {
        if (!RegistrationPassword.PROVIDER_ID.equals(execution.getAuthenticator()) || execution.isDisabled()
                || execution.getAuthenticatorConfig() == null) {
            return false;
        }
        AuthenticatorConfigModel config = realm.getAuthenticatorConfigById(execution.getAuthenticatorConfig());
        return config != null && config.getConfig() != null
                && "true".equals(config.getConfig().get(RegistrationPassword.ALWAYS_SET_PASSWORD_ON_REGISTER_FORM));
    }

    private static boolean trustsEmails(IdentityProviderModel provider) {
        return provider.isEnabled() && Boolean.TRUE.equals(provider.isTrustEmail());
    }
}
