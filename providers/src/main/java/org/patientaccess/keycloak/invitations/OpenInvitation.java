package org.patientaccess.keycloak.invitations;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.core.InvitationStatus;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * An invitation a link still opens: the token checks out and the row honours it (pending, same
 * nonce, not expired, patient active). Anything else is "no longer valid", without saying which.
 * {@code token} is null for an invitation an account carries ({@link CarriedInvitations}), whose
 * link stayed on another device.
 */
public record OpenInvitation(Invitation invitation, PatientRecord patient, String token) {

    public static Optional<OpenInvitation> of(KeycloakSession session, RealmModel realm, String tokenString, Clock clock) {
        return new InvitationLinks(session, realm).read(tokenString).flatMap(token ->
                session.getProvider(PatientAccessStore.class).invitations().findById(realm, token.getInvitationId())
                        .filter(invitation -> invitation.statusAt(clock.instant()) == InvitationStatus.PENDING)
                        .filter(invitation -> token.getActionVerificationNonce().toString().equals(invitation.nonce()))
                        .flatMap(invitation -> session.getProvider(PatientAccessStore.class).records().findById(realm, invitation.patientId())
                                .filter(patient -> patient.status() == PatientStatus.ACTIVE)
                                .map(patient -> new OpenInvitation(invitation, patient, tokenString))));
    }

    /** What the invitation page shows: clinic, the patient's first name, relationship, expiry. */
    public Map<String, Object> view(RealmModel realm, Locale locale) {
        Map<String, Object> view = new HashMap<>();
        view.put("valid", true);
        view.put("clinicName", realm.getDisplayName() != null ? realm.getDisplayName() : realm.getName());
        view.put("patientFirstName", patient.details().firstName());
        view.put("relationship", invitation.relationship().name());
        view.put("expiresAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(invitation.expiresAt()));
        return view;
    }

    /** The page after Accept: whom the person can now book for, and the way on. */
    public Map<String, Object> acceptedView(RealmModel realm) {
        Map<String, Object> view = new HashMap<>();
        view.put("valid", false);
        view.put("accepted", true);
        view.put("clinicName", realm.getDisplayName() != null ? realm.getDisplayName() : realm.getName());
        view.put("patientFirstName", patient.details().firstName());
        return view;
    }

    /**
     * The page of a link that no longer opens anything ({@code patientAccessInvitationInvalid}), or
     * that this account cannot answer (any other problem), without the invitation's details.
     */
    public static Map<String, Object> invalidView(String problemMessageKey, boolean canContinue) {
        Map<String, Object> view = new HashMap<>();
        view.put("valid", false);
        view.put("title", "patientAccessInvitationInvalid".equals(problemMessageKey)
                ? "patientAccessInvitationInvalidTitle" : "patientAccessInvitationCannotAnswerTitle");
        view.put("problem", problemMessageKey);
        view.put("canContinue", canContinue);
        return view;
    }
}
