package org.patientaccess.keycloak.invitations;

import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;
import org.patientaccess.keycloak.core.Invitation;

/** Makes the link of an invitation's current nonce, and reads one back with every check. */
public final class InvitationLinks {

    /** Where the link lands: {@code /realms/{realm}/patient-access/invitation?token=...}. */
    public static final String PATH = "patient-access/invitation";

    private final KeycloakSession session;
    private final RealmModel realm;

    public InvitationLinks(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public String tokenOf(Invitation invitation) {
        InvitationToken token = new InvitationToken(invitation.id(), UUID.fromString(invitation.nonce()),
                (int) invitation.expiresAt().getEpochSecond());
        return token.serialize(session, realm, session.getContext().getUri());
    }

    public String linkOf(Invitation invitation) {
        return UriBuilder.fromUri(session.getContext().getUri().getBaseUri())
                .path("realms").path(realm.getName()).path(PATH)
                .queryParam("token", tokenOf(invitation))
                .build().toString();
    }

    /**
     * The token, if its signature is the realm's, it is an invitation of this realm (type, issuer and
     * its own audience, nothing else) and it has not expired. Whether the invitation still honours it is for the row to say.
     */
    public Optional<InvitationToken> read(String tokenString) {
        if (tokenString == null || tokenString.isBlank()) {
            return Optional.empty();
        }
        InvitationToken token;
        try {
            token = session.tokens().decode(tokenString, InvitationToken.class);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        String[] audience = token == null ? null : token.getAudience();
        if (token == null
                || !InvitationToken.TOKEN_TYPE.equals(token.getActionId())
                || !Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName()).equals(token.getIssuer())
                || audience == null || audience.length != 1
                || !InvitationToken.audience(session.getContext().getUri(), realm).equals(audience[0])
                || token.getExp() == null || token.getExp() <= Time.currentTime()
                || token.getInvitationId() == null || token.getActionVerificationNonce() == null) {
            return Optional.empty();
        }
        return Optional.of(token);
    }
}
