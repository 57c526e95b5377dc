package org.patientaccess.keycloak.invitation;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.keycloak.authentication.actiontoken.DefaultActionToken;

/**
 * The emailed invitation link: a Keycloak action token (signed with the realm's keys, with an
 * expiry) naming the invitation and carrying its current nonce as the action verification nonce.
 * It names no account: the person may not have one yet.
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
}
