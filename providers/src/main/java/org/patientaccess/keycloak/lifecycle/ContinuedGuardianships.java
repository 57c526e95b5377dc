package org.patientaccess.keycloak.lifecycle;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.ContinuedGuardianship;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.store.ComingOfAgeStore;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.validation.PlainText;

/**
 * Staff's mark that a record needs continued guardianship (a young person who will still need a
 * guardian as an adult): while it stands, the parents' and guardians' grants do not end on the day,
 * and no coming-of-age notice says they will. Cleared within a week after the day, the next run ends
 * them; later, staff end them on the User accounts tab.
 */
public final class ContinuedGuardianships {

    public static final int MAX_REASON_LENGTH = 500;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final ComingOfAgeStore store;

    public ContinuedGuardianships(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = session.getProvider(PatientAccessStore.class).comingOfAge();
    }

    /**
     * Marks the record, or changes the reason; the reason is required (why, for the next staff member).
     * The mark decides whether the parents' and guardians' access ends: Keycloak's permission to
     * manage each of their accounts is needed to set or clear it.
     */
    public ContinuedGuardianship mark(PatientRecord record, String reason, Actor actor) {
        record.requireEditable();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "reason is required");
        }
        if (!PlainText.isPlain(why.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '))) {
            throw new InvalidInputException("reason", "reason must not contain control characters or broken characters");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "reason must be at most " + MAX_REASON_LENGTH + " characters");
        }
        requireMayChangeAccessOfGuardians(record, actor);
        return store.markContinuedGuardianship(realm, record.id(), why, actor.userId());
    }

    /** Removes the mark; false when the record had none. */
    public boolean clear(PatientRecord record, Actor actor) {
        requireMayChangeAccessOfGuardians(record, actor);
        return store.clearContinuedGuardianship(realm, record.id());
    }

    private void requireMayChangeAccessOfGuardians(PatientRecord record, Actor actor) {
        actor.requireMayChangeAccessOf(session, realm, new AccessGrants(session, realm).ofPatient(record, false).stream()
                .filter(grant -> ComingOfAgeRun.GUARDIANS.contains(grant.relationship()))
                .map(AccessGrant::userId)
                .toList());
    }
}
