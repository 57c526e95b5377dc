package org.patientaccess.keycloak.invitations;

import java.time.Clock;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * An invitation carried by an account from one device to another. The link is the proof of the
 * invited mailbox, and it lives only in the authentication session of the browser that opened it; so
 * the account that registers or signs in holding a link that still opens remembers it (with the
 * link's nonce), and whichever device finishes that account's steps, or its next sign-in, is offered
 * the invitation. It is offered only while the row still carries that nonce: a resend, a decision or a
 * withdrawal ends it, as they end the link.
 */
public final class CarriedInvitations {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Clock clock;

    public CarriedInvitations(KeycloakSession session, RealmModel realm, Clock clock) {
        this.session = session;
        this.realm = realm;
        this.clock = clock;
    }

    /** {@code user} holds the link of {@code open}: a later holder of the same link replaces it. */
    public void carry(UserModel user, OpenInvitation open) {
        store().invitations().carry(realm, open.invitation().id(), open.invitation().nonce(), user.getId());
    }

    /** The newest invitation {@code user} carries that its link would still open, if any. */
    public Optional<OpenInvitation> of(UserModel user) {
        return store().invitations().findCarriedBy(realm, user.getId()).stream()
                .filter(invitation -> invitation.statusAt(clock.instant()) == InvitationStatus.PENDING)
                .flatMap(invitation -> store().records().findById(realm, invitation.patientId())
                        .filter(patient -> patient.status() == PatientStatus.ACTIVE)
                        .map(patient -> new OpenInvitation(invitation, patient, null)).stream())
                .findFirst();
    }

    private PatientAccessStore store() {
        return session.getProvider(PatientAccessStore.class);
    }
}
