package org.patientaccess.keycloak.registrations;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.age.OwnAccountAge;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.core.NewAccessGrant;
import org.patientaccess.keycloak.core.OnlineRegistration;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientInput;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.RegistrationStatus;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.matching.MatchCandidate;
import org.patientaccess.keycloak.matching.PatientMatching;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.validation.AccessGrantValidator;
import org.patientaccess.keycloak.validation.PatientValidator;

/**
 * Links a newly registered account to the clinic's record of that person, or queues it for staff:
 * what proves who registered, in one place. Only a certain match with proof links by itself, and only
 * where nothing could make that proof another person's (see {@link #find}). Anything else gets a
 * provisional ONLINE record (so the person can book at once) and waits in the "Online registrations"
 * queue with its candidates.
 */
public final class RegistrationLinker {

    /** User profile attributes of the clinic realm (see realm-config/clinic-realm.json). */
    static final String BIRTH_DATE = "birthDate";
    static final String PHONE = "phoneNumber";

    /** Records the clinic made itself: the only ones a registration may link to by itself. */
    private static final Set<PatientSource> CLINIC_SOURCES = EnumSet.of(PatientSource.ADMIN, PatientSource.IMPORT);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PatientAccessStore store;

    public RegistrationLinker(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = session.getProvider(PatientAccessStore.class);
    }

    /**
     * What registration found: nothing to do (the account already has its own record, or gave no
     * names), a record proven by the verified email (linked at once), a record whose own email is
     * another (a code sent there can prove it), or nothing that may link by itself. Names that staff's
     * input would refuse are refused here too ({@link InvalidInputException}): no record is made of them.
     *
     * <p>A record links by itself only when all of these hold: the realm's settings make a verified
     * email proof ({@link EmailProof}); it is the one certain candidate among the records the clinic
     * made (a record a family or a registration made proves nothing about who the person is); no
     * account holds or has ever held a grant on it (whoever did could have changed its email, or
     * would be handed over); the patient is old enough for an account of their own
     * ({@link OwnAccountAge#allowsLinkingByItself}); and its email was set by the clinic or the
     * patient, and no other active record has it from them (a household's shared address does not
     * tell which of them registered).
     */
    public Finding find(UserModel user) {
        boolean hasOwnRecord = store.grants().findActiveByUser(realm, user.getId()).stream()
                .anyMatch(grant -> grant.relationship() == Relationship.SELF);
        if (hasOwnRecord || isBlank(user.getFirstName()) || isBlank(user.getLastName())) {
            return Finding.NOTHING_TO_DO;
        }
        PatientDetails claimed = PatientValidator.of(session, realm).validateClaim(claimOf(user));
        List<MatchCandidate> candidates = new PatientMatching(store.records(), store.nameFrequencies()).match(realm, claimed);
        Optional<PatientRecord> linkable = soleLinkableRecord(candidates);
        if (linkable.isEmpty()) {
            return new Finding(claimed, candidates, null, null);
        }
        PatientRecord record = linkable.get();
        return record.details().email().equals(claimed.email())
                ? new Finding(claimed, candidates, record, null)
                : new Finding(claimed, candidates, null, record);
    }

    private Optional<PatientRecord> soleLinkableRecord(List<MatchCandidate> candidates) {
        if (EmailProof.whyNot(session, realm).isPresent()) {
            return Optional.empty();
        }
        List<PatientRecord> certain = candidates.stream()
                .filter(candidate -> candidate.score().grade() == MatchGrade.CERTAIN)
                .map(MatchCandidate::patient)
                .filter(record -> CLINIC_SOURCES.contains(record.source()))
                .toList();
        if (certain.size() != 1) {
            return Optional.empty();
        }
        PatientRecord record = certain.get(0);
        boolean everHeld = !store.grants().findByPatient(realm, record.id(), true).isEmpty();
        if (everHeld || !OwnAccountAge.allowsLinkingByItself(realm, record) || !record.hasProvingEmail()
                || store.records().countWithProvingEmail(realm, record.details().email(), 2) != 1) {
            return Optional.empty();
        }
        return Optional.of(record);
    }

    /** Links the account to its proven record: its SELF grant, queue status AUTO_LINKED. */
    public OnlineRegistration linkProven(UserModel user, Finding finding, PatientRecord record) {
        // A person's own account acts for them by being them: a legal basis is what lets someone act for another.
        store.grants().create(realm, new NewAccessGrant(user.getId(), record.id(), Relationship.SELF,
                AccessGrantValidator.DEFAULT_PERMISSIONS, GrantOrigin.REGISTRATION, null, null, null));
        return store.registrations().create(realm, user.getId(), record.id(), Relationship.SELF, finding.claimed(),
                Candidates.json(finding.candidates()), RegistrationStatus.AUTO_LINKED);
    }

    /**
     * A provisional ONLINE record the account acts for at once, queued PENDING with the candidates.
     * Its email is the account's verified one: the patient's own.
     */
    public OnlineRegistration queueProvisional(UserModel user, Finding finding) {
        PatientRecord provisional = store.records().create(realm, finding.claimed(), PatientSource.ONLINE,
                finding.claimed().email() == null ? null : EmailSource.PATIENT);
        store.grants().create(realm, new NewAccessGrant(user.getId(), provisional.id(), Relationship.SELF,
                AccessGrantValidator.DEFAULT_PERMISSIONS, GrantOrigin.REGISTRATION, null, null, null));
        return store.registrations().create(realm, user.getId(), provisional.id(), Relationship.SELF, finding.claimed(),
                Candidates.json(finding.candidates()), RegistrationStatus.PENDING);
    }

    /**
     * @param claimed who the person says they are; null when there is nothing to do
     * @param proven the record whose email is the account's verified email, if it may link by itself
     * @param provable a record that may link by itself with another email, to which a code can be sent, if any
     */
    public record Finding(PatientDetails claimed, List<MatchCandidate> candidates, PatientRecord proven, PatientRecord provable) {

        static final Finding NOTHING_TO_DO = new Finding(null, List.of(), null, null);

        public boolean nothingToDo() {
            return claimed == null;
        }
    }

    /** Who the person says they are, from their profile. Only a verified email counts. */
    private static PatientInput claimOf(UserModel user) {
        String email = user.isEmailVerified() ? user.getEmail() : null;
        return PatientInput.ofPerson(user.getFirstName(), user.getLastName(), user.getFirstAttribute(BIRTH_DATE), email,
                user.getFirstAttribute(PHONE));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
