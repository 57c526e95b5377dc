package org.patientaccess.keycloak.registrations;

import org.patientaccess.keycloak.store.PatientAccessStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.util.JsonSerialization;
import org.patientaccess.keycloak.age.OwnAccountAge;
import org.patientaccess.keycloak.matching.MatchCandidate;
import org.patientaccess.keycloak.core.MatchGrade;
import org.patientaccess.keycloak.matching.PatientMatching;
import org.patientaccess.keycloak.keys.PhoneNumbers;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.store.NameFrequencyStore;
import org.patientaccess.keycloak.core.NewAccessGrant;
import org.patientaccess.keycloak.core.OnlineRegistration;
import org.patientaccess.keycloak.store.OnlineRegistrationStore;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.store.PatientRecordStore;
import org.patientaccess.keycloak.core.PatientSearch;
import org.patientaccess.keycloak.core.PatientSort;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.core.RegistrationStatus;
import org.patientaccess.keycloak.validation.AccessGrantValidator;

/**
 * Links a newly registered account to the clinic's record of that person, or queues it for staff.
 * Only a certain match with proof links: the account's verified email is the one on the record, or
 * the person entered a code sent to the record's email (see {@link #find} for which records qualify). Anything
 * else gets a provisional ONLINE record (so the person can book at once) and waits in the "Online
 * registrations" queue with its candidates.
 */
public final class RegistrationLinker {

    /** User profile attributes of the clinic realm (see realm-config/clinic-realm.json). */
    static final String BIRTH_DATE = "birthDate";
    static final String PHONE = "phoneNumber";

    /** Records the clinic made itself: the only ones a registration may link to by itself. */
    private static final Set<PatientSource> CLINIC_SOURCES = EnumSet.of(PatientSource.ADMIN, PatientSource.IMPORT);

    private final KeycloakSession session;
    private final RealmModel realm;

    public RegistrationLinker(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * What registration found: nothing to do (the account already has its own record, or gave no
     * names), a record proven by the verified email (linked at once), a record whose own email is
     * another (a code sent there can prove it), or nothing that may link by itself.
     *
     * <p>Only the one certain candidate among the records the clinic made may link by itself (a record
     * a family or a registration made proves nothing about who the person is), and only while no
     * account acts for it (linking would hand the new account to whoever does). An email
     * proves a record only when no other active record has it: a household's shared address does
     * not tell which of them registered.
     */
    public Finding find(UserModel user) {
        AccessGrantStore grants = session.getProvider(PatientAccessStore.class).grants();
        boolean hasOwnRecord = grants.findActiveByUser(realm, user.getId()).stream()
                .anyMatch(grant -> grant.relationship() == Relationship.SELF);
        Optional<PatientDetails> claimed = claimedIdentity(user);
        if (hasOwnRecord || claimed.isEmpty()) {
            return new Finding(null, List.of(), null, null);
        }
        PatientRecordStore patients = session.getProvider(PatientAccessStore.class).records();
        List<MatchCandidate> candidates = new PatientMatching(patients, session.getProvider(PatientAccessStore.class).nameFrequencies()).match(realm, claimed.get());
        // Records made online (other registrations, dependents a family added) prove nothing: only
        // the clinic's own records count, and two certain ones are a question for staff.
        List<PatientRecord> certain = candidates.stream()
                .filter(candidate -> candidate.score().grade() == MatchGrade.CERTAIN)
                .map(MatchCandidate::patient)
                .filter(record -> CLINIC_SOURCES.contains(record.source()))
                .toList();
        if (certain.size() != 1 || !grants.findByPatient(realm, certain.get(0).id(), false).isEmpty()) {
            return new Finding(claimed.get(), candidates, null, null);
        }
        PatientRecord record = certain.get(0);
        if (!OwnAccountAge.allows(realm, record, Relationship.SELF)) {
            // Too young for an own account at this clinic: staff decide in Online registrations.
            return new Finding(claimed.get(), candidates, null, null);
        }
        String recordEmail = record.details().email();
        if (recordEmail == null || !onlyRecordWith(recordEmail, patients)) {
            return new Finding(claimed.get(), candidates, null, null);
        }
        return recordEmail.equals(claimed.get().email())
                ? new Finding(claimed.get(), candidates, record, null)
                : new Finding(claimed.get(), candidates, null, record);
    }

    private boolean onlyRecordWith(String email, PatientRecordStore patients) {
        return patients.count(realm, new PatientSearch(List.of(), null, null, null, email, null, null,
                List.of(PatientStatus.ACTIVE), PatientSort.LAST_NAME, false, 0, 2)) == 1;
    }

    /** Links the account to its proven record: its SELF grant, queue status AUTO_LINKED. */
    public OnlineRegistration linkProven(UserModel user, Finding finding, PatientRecord record) {
        session.getProvider(PatientAccessStore.class).grants().create(realm, new NewAccessGrant(user.getId(), record.id(), Relationship.SELF,
                AccessGrantValidator.DEFAULT_PERMISSIONS, GrantOrigin.REGISTRATION, null, null));
        return session.getProvider(PatientAccessStore.class).registrations().create(realm, user.getId(), record.id(),
                Relationship.SELF, finding.claimed(), json(finding.candidates()), RegistrationStatus.AUTO_LINKED);
    }

    /** A provisional ONLINE record the account acts for at once, queued PENDING with the candidates. */
    public OnlineRegistration queueProvisional(UserModel user, Finding finding) {
        PatientRecord provisional = session.getProvider(PatientAccessStore.class).records().create(realm, finding.claimed(), PatientSource.ONLINE);
        session.getProvider(PatientAccessStore.class).grants().create(realm, new NewAccessGrant(user.getId(), provisional.id(), Relationship.SELF,
                AccessGrantValidator.DEFAULT_PERMISSIONS, GrantOrigin.REGISTRATION, null, null));
        return session.getProvider(PatientAccessStore.class).registrations().create(realm, user.getId(), provisional.id(),
                Relationship.SELF, finding.claimed(), json(finding.candidates()), RegistrationStatus.PENDING);
    }

    /**
     * @param claimed who the person says they are; null when there is nothing to do
     * @param proven the certain record whose email is the account's verified email, if any
     * @param provable a certain record with another email, to which a code can be sent, if any
     */
    public record Finding(PatientDetails claimed, List<MatchCandidate> candidates, PatientRecord proven, PatientRecord provable) {

        public boolean nothingToDo() {
            return claimed == null;
        }
    }

    /**
     * A dependent a family adds (a child, a parent they care for): always a provisional record with a
     * GUARDIAN grant, queued with its candidates. Even a certain match does not link by itself: the
     * family has not proved it, and it would hand them an existing record.
     */
    public AccessGrant addDependent(UserModel guardian, PatientDetails dependent) {
        PatientRecordStore patients = session.getProvider(PatientAccessStore.class).records();
        List<MatchCandidate> candidates = new PatientMatching(patients, session.getProvider(PatientAccessStore.class).nameFrequencies()).match(realm, dependent);
        PatientRecord record = patients.create(realm, dependent, PatientSource.ONLINE);
        AccessGrant grant = session.getProvider(PatientAccessStore.class).grants().create(realm, new NewAccessGrant(guardian.getId(), record.id(),
                Relationship.GUARDIAN, AccessGrantValidator.DEFAULT_PERMISSIONS, GrantOrigin.REGISTRATION, null, guardian.getId()));
        session.getProvider(PatientAccessStore.class).registrations().create(realm, guardian.getId(), record.id(), Relationship.GUARDIAN,
                dependent, json(candidates), RegistrationStatus.PENDING);
        return grant;
    }

    /**
     * Who the person says they are, from their profile. Only a verified email counts; a birth date or
     * phone that does not parse is left out rather than trusted.
     */
    private Optional<PatientDetails> claimedIdentity(UserModel user) {
        if (user.getFirstName() == null || user.getFirstName().isBlank() || user.getLastName() == null || user.getLastName().isBlank()) {
            return Optional.empty();
        }
        LocalDate birthDate = null;
        try {
            String value = user.getFirstAttribute(BIRTH_DATE);
            birthDate = value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            // left out
        }
        String email = user.isEmailVerified() && user.getEmail() != null ? user.getEmail().toLowerCase(Locale.ROOT) : null;
        String phone = PhoneNumbers.toE164(user.getFirstAttribute(PHONE),
                session.getProvider(PatientAccessStore.class).defaultPhoneRegion(realm)).orElse(null);
        return Optional.of(new PatientDetails(null, user.getFirstName().strip(), user.getLastName().strip(), birthDate, email, phone));
    }

    private static String json(List<MatchCandidate> candidates) {
        try {
            return JsonSerialization.writeValueAsString(candidates.stream()
                    .map(candidate -> Map.of("patientId", candidate.patient().id(),
                            "score", candidate.score().score(),
                            "grade", candidate.score().grade().name().toLowerCase(Locale.ROOT)))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
