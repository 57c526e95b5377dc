package org.patientaccess.keycloak.invitations;

import java.time.Duration;

import org.keycloak.models.RealmModel;

/**
 * Per-clinic invitation settings, as realm attributes:
 * {@value #LIFESPAN_DAYS} (default 7), {@value #RESEND_INTERVAL_SECONDS} (default 60) and
 * {@value #CLIENT_ID}, the client whose login and registration pages the invited person goes through
 * and whose base URL they land on (default {@code account-console}).
 */
public record InvitationSettings(Duration lifespan, Duration resendInterval, String clientId) {

    public static final String LIFESPAN_DAYS = "patientAccess.invitationLifespanDays";
    public static final String RESEND_INTERVAL_SECONDS = "patientAccess.invitationResendIntervalSeconds";
    public static final String CLIENT_ID = "patientAccess.invitationClientId";

    public static InvitationSettings of(RealmModel realm) {
        return new InvitationSettings(
                Duration.ofDays(positive(realm.getAttribute(LIFESPAN_DAYS), 7)),
                Duration.ofSeconds(positive(realm.getAttribute(RESEND_INTERVAL_SECONDS), 60)),
                realm.getAttribute(CLIENT_ID) == null ? "account-console" : realm.getAttribute(CLIENT_ID));
    }

    private static long positive(String value, long fallback) {
        try {
            long parsed = value == null ? fallback : Long.parseLong(value.strip());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
