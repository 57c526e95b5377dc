package org.patientaccess.keycloak.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.access.Actor;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.ConcurrentChangeException;
import org.patientaccess.keycloak.core.ConflictException;
import org.patientaccess.keycloak.core.EmailSource;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.NotPermittedException;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientInput;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientSearch;
import org.patientaccess.keycloak.core.PatientSource;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.core.StaleVersionException;
import org.patientaccess.keycloak.core.UnknownIdException;
import org.patientaccess.keycloak.email.EmailChangeNotice;
import org.patientaccess.keycloak.matching.MatchCandidate;
import org.patientaccess.keycloak.matching.PatientMatching;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientRecordStore;
import org.patientaccess.keycloak.validation.PatientValidator;

/**
 * The rules of a record's life, in one place, whoever asks: staff create, edit, archive and restore
 * (ACTIVE ↔ ARCHIVED only; a MERGED record is final, only undoing its merge brings it back); archiving
 * or restoring changes what every account acting for the record can do, so Keycloak's permission for
 * each of those accounts is needed; and who put the email there, which decides whether it proves who
 * someone is: the clinic, the patient themselves, or someone acting for them.
 */
public final class PatientRecords {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PatientRecordStore patients;

    public PatientRecords(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.patients = session.getProvider(PatientAccessStore.class).records();
    }

    /** A record of the realm, in whatever status. */
    public PatientRecord get(String id) {
        return patients.findById(realm, id).orElseThrow(() -> new UnknownIdException("Patient not found"));
    }

    /** The record as it stands now: a merged record's survivor, so that an app holding the old id keeps working. */
    public PatientRecord current(String id) {
        return patients.findCurrent(realm, id).orElseThrow(() -> new UnknownIdException("Patient not found"));
    }

    /** The records with these ids in the realm, keyed by id. */
    public Map<String, PatientRecord> byIds(Collection<String> ids) {
        return patients.findByIds(realm, ids);
    }

    /** The record as it stands now (a merged record's survivor), if there is one. */
    public Optional<PatientRecord> findCurrent(String id) {
        return patients.findCurrent(realm, id);
    }

    public List<PatientRecord> search(PatientSearch search) {
        return patients.search(realm, search);
    }

    public long count(PatientSearch search) {
        return patients.count(realm, search);
    }

    /** The region phone numbers without a country code are read in, for search parameters. */
    public String defaultPhoneRegion() {
        return session.getProvider(PatientAccessStore.class).defaultPhoneRegion(realm);
    }

    /** The records that could be the person described (names required), graded, best first. Reads only. */
    public List<MatchCandidate> match(PatientInput person) {
        PatientAccessStore store = session.getProvider(PatientAccessStore.class);
        return new PatientMatching(store.records(), store.nameFrequencies()).match(realm, PatientValidator.of(session, realm).validate(person));
    }

    /** Staff create a record; its email is the clinic's. */
    public PatientRecord create(PatientInput input) {
        PatientDetails details = PatientValidator.of(session, realm).validate(input);
        requireExternalIdFree(details.externalId(), null);
        return patients.create(realm, details, PatientSource.ADMIN, EmailSource.CLINIC);
    }

    /**
     * Staff replace the editable fields and, when {@code status} is given, archive or restore the
     * record. With {@code expectedVersions} (a conditional edit, If-Match), the record must still have
     * one of those versions, up to the moment it is written. A new email is the clinic's; an
     * unchanged one keeps who put it there.
     */
    public PatientRecord edit(String id, PatientInput input, PatientStatus status, Set<Integer> expectedVersions, Actor actor) {
        PatientRecord before = get(id).requireEditable();
        PatientDetails details = PatientValidator.of(session, realm).validate(input);
        if (status == PatientStatus.MERGED) {
            throw new InvalidInputException("status", "status can be set to ACTIVE or ARCHIVED; a record becomes MERGED only by a merge");
        }
        requireExternalIdFree(details.externalId(), id);
        if (expectedVersions != null && !expectedVersions.contains(before.version())) {
            throw new StaleVersionException("the patient has changed since (it is at version " + before.version() + "); read it again");
        }
        if (status != null && status != before.status()) {
            requireMayChangeAccessOfItsAccounts(before, actor);
        }
        EmailSource emailSource = Objects.equals(details.email(), before.details().email()) ? before.emailSource() : EmailSource.CLINIC;
        try {
            return patients.save(realm, id, expectedVersions == null ? null : before.version(), details, emailSource, status).orElseThrow();
        } catch (ConcurrentChangeException e) {
            if (expectedVersions != null) {
                throw new StaleVersionException("the patient was changed by another request meanwhile; read it again");
            }
            throw new ConcurrentChangeException(e.getMessage() + "; read it again");
        }
    }

    /** Archives the record (health records are kept); archiving an archived record changes nothing. */
    public PatientRecord archive(String id, Actor actor) {
        PatientRecord record = get(id);
        if (record.status() == PatientStatus.ARCHIVED) {
            return record;
        }
        record.requireEditable();
        requireMayChangeAccessOfItsAccounts(record, actor);
        try {
            return patients.save(realm, id, null, null, null, PatientStatus.ARCHIVED).orElseThrow();
        } catch (ConcurrentChangeException e) {
            throw new ConcurrentChangeException(e.getMessage() + "; read it again");
        }
    }

    /**
     * Staff confirm the record's email, one someone acting for the patient set: from now on it is the
     * clinic's, and may prove who registers. With {@code expectedVersions} (If-Match), only the email
     * of the version staff read. An email that already proves something stays as it is.
     */
    public PatientRecord confirmEmail(String id, Set<Integer> expectedVersions) {
        PatientRecord record = get(id).requireEditable();
        if (expectedVersions != null && !expectedVersions.contains(record.version())) {
            throw new StaleVersionException("the patient has changed since (it is at version " + record.version() + "); read it again");
        }
        return record.hasProvingEmail() ? record : withEmailFrom(record, EmailSource.CLINIC);
    }

    /**
     * The holder of a grant with {@link GrantPermission#MANAGE_PROFILE} corrects the record's email and
     * phone (blank clears one). An email set by the patient's own account is the patient's; one set
     * by anyone acting for them proves nothing until the clinic or the patient confirms it, and the
     * address it replaces is told.
     */
    public ContactCorrection correctContact(UserModel holder, String grantId, String email, String phone) {
        AccessGrant grant = new AccessGrants(session, realm).heldBy(holder, grantId);
        PatientValidator.Contact contact = PatientValidator.of(session, realm).validateContact(email, phone);
        if (!grant.permissions().contains(GrantPermission.MANAGE_PROFILE)) {
            throw new NotPermittedException("this access does not include managing the patient's profile");
        }
        PatientRecord before = get(grant.patientId()).requireActive();
        boolean own = grant.relationship() == Relationship.SELF;
        boolean emailChanged = !Objects.equals(contact.email(), before.details().email());
        EmailSource emailSource = own ? EmailSource.PATIENT : emailChanged ? EmailSource.DELEGATE : before.emailSource();
        PatientRecord saved = patients.save(realm, before.id(), null, before.details().withContact(contact.email(), contact.phone()),
                emailSource, null).orElseThrow();
        if (emailChanged && !own && before.details().email() != null) {
            new EmailChangeNotice(session, realm).tellPreviousAddress(before.details().email(), saved);
        }
        return new ContactCorrection(grant, before, saved);
    }

    /** A correction of contact details: the grant it went through, and the record before and after. */
    public record ContactCorrection(AccessGrant grant, PatientRecord before, PatientRecord after) {

        /** The fields whose value changed, never their values. */
        public List<String> changedFields() {
            List<String> changed = new ArrayList<>();
            if (!Objects.equals(before.details().email(), after.details().email())) {
                changed.add("email");
            }
            if (!Objects.equals(before.details().phone(), after.details().phone())) {
                changed.add("phone");
            }
            return changed;
        }
    }

    /**
     * The patient confirms, from their own account, the email someone acting for them put on their
     * record: it becomes the patient's. Only through the person's own (SELF) grant; with
     * {@code emailSeen}, only if that is still the record's email.
     */
    public AccessGrant confirmOwnEmail(UserModel person, String grantId, String emailSeen) {
        AccessGrant grant = new AccessGrants(session, realm).heldBy(person, grantId);
        if (grant.relationship() != Relationship.SELF) {
            throw new UnknownIdException("No grant of your own record with this id");
        }
        PatientRecord record = get(grant.patientId()).requireActive();
        if (emailSeen != null && !emailSeen.strip().toLowerCase(Locale.ROOT).equals(record.details().email())) {
            throw new ConflictException("email", "the email on your record changed since you read it; nothing was confirmed", List.of());
        }
        if (!record.hasProvingEmail()) {
            withEmailFrom(record, EmailSource.PATIENT);
        }
        return grant;
    }

    /** The email the patient is asked to confirm on their own record, if someone acting for them set it. */
    public static String emailToConfirm(AccessGrant grant, PatientRecord record) {
        return grant.relationship() == Relationship.SELF && record.details().email() != null && !record.hasProvingEmail()
                ? record.details().email() : null;
    }

    private PatientRecord withEmailFrom(PatientRecord record, EmailSource source) {
        if (record.details().email() == null) {
            throw new ConflictException("the patient has no email to confirm");
        }
        return patients.save(realm, record.id(), null, record.details(), source, null).orElseThrow();
    }

    private void requireMayChangeAccessOfItsAccounts(PatientRecord record, Actor actor) {
        actor.requireMayChangeAccessOf(session, realm, new AccessGrants(session, realm).holdersOf(record.id()));
    }

    private void requireExternalIdFree(String externalId, String ownId) {
        if (externalId == null) {
            return;
        }
        patients.findByExternalId(realm, externalId)
                .filter(other -> !other.id().equals(ownId))
                .ifPresent(other -> {
                    throw new InvalidInputException("externalId", "externalId is already used by another patient");
                });
    }
}
