package org.patientaccess.keycloak.registrations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.LimitReachedException;
import org.patientaccess.keycloak.core.NewAccessGrant;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientInput;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.RegistrationStatus;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.core.TooSoonException;
import org.patientaccess.keycloak.matching.MatchCandidate;
import org.patientaccess.keycloak.matching.PatientMatching;
import org.patientaccess.keycloak.store.OnlineRegistrationStore;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.validation.AccessGrantValidator;
import org.patientaccess.keycloak.validation.PatientValidator;

/**
 * A dependent a family adds (a child, a parent they care for): always a provisional record with a
 * GUARDIAN grant, queued with its candidates. Even a certain match does not link by itself: the
 * family has not proved it, and it would hand them an existing record. What the family typed is
 * unverified: its email is the family's word ({@link EmailSource#DELEGATE}), which proves nobody
 * and is no evidence in matching. One account adds a bounded number ({@link DependentLimits}).
 */
public final class Dependents {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PatientAccessStore store;

    public Dependents(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = session.getProvider(PatientAccessStore.class);
    }

    /** Adds the dependent; the guardian's new grant on its provisional record. */
    public AccessGrant add(UserModel guardian, PatientInput input) {
        PatientDetails dependent = PatientValidator.of(session, realm).validate(new PatientInput(null, input.firstName(), input.lastName(),
                input.birthDate(), input.email(), input.phone()));
        if (dependent.birthDate() == null) {
            throw new InvalidInputException("birthDate", "birthDate is required");
        }
        requireWithinLimits(guardian);
        List<MatchCandidate> candidates = new PatientMatching(store.records(), store.nameFrequencies())
                .match(realm, dependent.withEmail(null));
        PatientRecord record = store.records().create(realm, dependent, PatientSource.ONLINE,
                dependent.email() == null ? null : EmailSource.DELEGATE);
        AccessGrant grant = store.grants().create(realm, new NewAccessGrant(guardian.getId(), record.id(), Relationship.GUARDIAN,
                AccessGrantValidator.DEFAULT_PERMISSIONS, GrantOrigin.REGISTRATION, null, guardian.getId(),
                // A family's word proves no standing: a legal basis is recorded by staff, who see the papers.
                null));
        store.registrations().create(realm, guardian.getId(), record.id(), Relationship.GUARDIAN, dependent,
                Candidates.json(candidates), RegistrationStatus.PENDING);
        store.registrations().countDependentAdded(realm, guardian.getId());
        return grant;
    }

    /** Checked under the account's lock, so that additions at the same moment cannot pass the limits together. */
    private void requireWithinLimits(UserModel guardian) {
        DependentLimits limits = DependentLimits.of(realm);
        OnlineRegistrationStore.DependentsDay day = store.registrations().lockDependentsDay(realm, guardian.getId());
        long actingFor = store.grants().findActiveByUser(realm, guardian.getId()).stream()
                .filter(grant -> grant.relationship() == Relationship.GUARDIAN && grant.origin() == GrantOrigin.REGISTRATION
                        && guardian.getId().equals(grant.createdBy()))
                .count();
        if (actingFor >= limits.perAccount()) {
            throw new LimitReachedException("dependents", "an account may add at most " + limits.perAccount()
                    + " dependents; ask the clinic to add more");
        }
        if (day.added() >= limits.perDay()) {
            Instant next = day.since().plus(Duration.ofDays(1));
            throw new TooSoonException("dependents", "an account may add at most " + limits.perDay()
                    + " dependents a day; try again later", Duration.between(KeycloakClock.UTC.instant(), next));
        }
    }
}
