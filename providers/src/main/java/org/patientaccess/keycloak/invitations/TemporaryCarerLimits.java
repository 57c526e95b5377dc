package org.patientaccess.keycloak.invitations;

import org.keycloak.models.RealmModel;

/**
 * How many temporary carers a family may have, as realm attributes: {@value #PER_RECORD} (default 5),
 * the carers of one record at once, invited or with access; and {@value #PER_ACCOUNT} (default 10),
 * the invitations one account has waiting for an answer, over every record it invites for. So that an
 * account cannot use the clinic's mail to write to many addresses. A value that is not a positive
 * whole number is ignored.
 */
public record TemporaryCarerLimits(int perRecord, int perAccount) {

    public static final String PER_RECORD = "patientAccess.maxTemporaryCarersPerRecord";
    public static final String PER_ACCOUNT = "patientAccess.maxCarerInvitationsPerAccount";
    static final int DEFAULT_PER_RECORD = 5;
    static final int DEFAULT_PER_ACCOUNT = 10;

    public static TemporaryCarerLimits of(RealmModel realm) {
        return new TemporaryCarerLimits(positive(realm.getAttribute(PER_RECORD), DEFAULT_PER_RECORD),
                positive(realm.getAttribute(PER_ACCOUNT), DEFAULT_PER_ACCOUNT));
    }

    private static int positive(String value, int fallback) {
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value.strip());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
