package org.patientaccess.keycloak.lifecycle;

import org.patientaccess.keycloak.store.PatientAccessStore;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.store.ComingOfAgeStore;
import org.patientaccess.keycloak.core.ContinuedGuardianship;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.InvalidInputException;

/**
 * Staff's mark that a record needs continued guardianship (a young person who will still need a
 * guardian as an adult): while it stands, the parents' and guardians' grants do not end on the day,
 * and no coming-of-age notice says they will. Cleared within a week after the day, the next run ends
 * them; later, staff end them on the User accounts tab.
 */
public final class ContinuedGuardianships {

    public static final int MAX_REASON_LENGTH = 500;

    private final RealmModel realm;
    private final ComingOfAgeStore store;

    public ContinuedGuardianships(KeycloakSession session, RealmModel realm) {
        this.realm = realm;
        this.store = session.getProvider(PatientAccessStore.class).comingOfAge();
    }

    /** Marks the record, or changes the reason; the reason is required (why, for the next staff member). */
    public ContinuedGuardianship mark(PatientRecord record, String reason, String staffUserId) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "reason is required");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "reason must be at most " + MAX_REASON_LENGTH + " characters");
        }
        return store.markContinuedGuardianship(realm, record.id(), why, staffUserId);
    }

    /** Removes the mark; false when the record had none. */
    public boolean clear(PatientRecord record) {
        return store.clearContinuedGuardianship(realm, record.id());
    }
}
