package org.patientaccess.keycloak.invitations;

import java.util.UUID;

import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;

/**
 * The emailed invitation link: a Keycloak action token (signed with the realm's keys, with an
 * expiry) naming the invitation and carrying its current nonce as the action verification nonce.
 * It names no account: the person may not have one yet.
 *
 * <p>Its audience is the invitation page of the realm, not the realm itself (which every Keycloak
 * action token names), so that no other kind of token the realm signs is read as an invitation.
 */
public class InvitationToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "patient-access-invitation";

    @JsonProperty("iid")
    private String invitationId;

    public InvitationToken(String invitationId, UUID nonce, int expiresAtEpochSeconds) {
        super(null, TOKEN_TYPE, expiresAtEpochSeconds, nonce);
        this.invitationId = invitationId;
    }

    /** For Jackson. */
    private InvitationToken() {
    }

    public String getInvitationId() {
        return invitationId;
    }

    /** The only audience an invitation token has: {@code {realm issuer}/patient-access/invitation}. */
    public static String audience(UriInfo uri, RealmModel realm) {
        return Urls.realmIssuer(uri.getBaseUri(), realm.getName()) + "/" + InvitationLinks.PATH;
    }

    /** As {@link DefaultActionToken#serialize}, with this token's own audience instead of the realm's. */
    @Override
    public String serialize(KeycloakSession session, RealmModel realm, UriInfo uri) {
        issuedNow()
                .id(getId() == null ? UUID.randomUUID().toString() : getId())
                .issuer(Urls.realmIssuer(uri.getBaseUri(), realm.getName()))
                .audience(audience(uri, realm));
        return session.tokens().encode(this);
    }
}
