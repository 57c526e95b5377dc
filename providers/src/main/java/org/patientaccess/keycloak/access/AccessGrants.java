package org.patientaccess.keycloak.access;

import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.core.AccessRefusedException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.email.AccessChangeNotifier;
import org.patientaccess.keycloak.age.ComingOfAgeCalendar;
import org.patientaccess.keycloak.age.ComingOfAgeSettings;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.store.PatientRecordStore;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.records.PatientRecords;

/**
 * Who may end which grant, and what follows: the rules of the signed-in person's side and the one way
 * staff end a grant, in one place. Every grant ended here is told to the patient's own account.
 */
public final class AccessGrants {

    /** The grants a minor may not end on their own record: those of the people responsible for them. */
    private static final Set<Relationship> RESPONSIBLE_FOR_A_MINOR = EnumSet.of(Relationship.PARENT, Relationship.GUARDIAN);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AccessGrantStore grants;
    private final PatientRecordStore patients;
    private final Clock clock = KeycloakClock.UTC;

    public AccessGrants(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.grants = session.getProvider(PatientAccessStore.class).grants();
        this.patients = session.getProvider(PatientAccessStore.class).records();
    }

    /** A grant the account holds, if it is active. */
    public Optional<AccessGrant> heldBy(UserModel holder, String grantId) {
        return grants.findById(realm, grantId)
                .filter(grant -> grant.userId().equals(holder.getId()) && grant.isActiveAt(clock.instant()));
    }

    /** Another account's active grant on one of the person's own (SELF) records. */
    public Optional<AccessGrant> onOwnRecordOf(UserModel person, String grantId) {
        List<String> ownRecords = ownRecordIds(person);
        return grants.findById(realm, grantId)
                .filter(grant -> ownRecords.contains(grant.patientId()) && !grant.userId().equals(person.getId()))
                .filter(grant -> grant.isActiveAt(clock.instant()));
    }

    /** The holder gives up a grant: they no longer act for that patient. */
    public AccessGrant leave(UserModel holder, AccessGrant grant) {
        return end(grant, holder.getId());
    }

    /**
     * The patient ends another account's access to their own record. A minor cannot end a parent's or
     * a guardian's: staff can, and the grant may carry an end date for the coming of age.
     */
    public AccessGrant revokeOnOwnRecord(UserModel patient, AccessGrant grant) {
        if (!mayRevokeOnOwnRecord(grant)) {
            throw new AccessRefusedException("under the age of majority, a parent's or guardian's access can only be ended by the clinic");
        }
        return end(grant, patient.getId());
    }

    /** Whether the patient may end this grant on their own record (see {@link #revokeOnOwnRecord}). */
    public boolean mayRevokeOnOwnRecord(AccessGrant grant) {
        if (!RESPONSIBLE_FOR_A_MINOR.contains(grant.relationship())) {
            return true;
        }
        PatientRecord record = patients.findById(realm, grant.patientId()).orElseThrow();
        ComingOfAgeCalendar calendar = new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
        return !calendar.isMinor(record.details().birthDate(), calendar.today(clock.instant()));
    }

    /**
     * The holder of a grant with {@link GrantPermission#MANAGE_PROFILE} corrects the record's email and
     * phone (already validated; null clears). The record must be active. Answers the record as saved.
     */
    public PatientRecord correctContact(AccessGrant grant, String email, String phone) {
        if (!grant.permissions().contains(GrantPermission.MANAGE_PROFILE)) {
            throw new AccessRefusedException("this access does not include managing the patient's profile");
        }
        PatientRecord record = patients.findById(realm, grant.patientId()).orElseThrow();
        PatientRecords.requireActive(record);
        PatientDetails now = record.details();
        PatientDetails corrected = new PatientDetails(now.externalId(), now.firstName(), now.lastName(), now.birthDate(), email, phone);
        return new PatientRecords(session, realm).edit(record.id(), corrected, null, null).orElseThrow();
    }

    /** Staff end a grant (the "User accounts" tab); Keycloak's admin permissions are the caller's to check. */
    public AccessGrant endByStaff(AccessGrant grant, String staffUserId) {
        return end(grant, staffUserId);
    }

    /** A parent's or guardian's grant ends as the record comes of age: ended by nobody, the rule itself. */
    public AccessGrant endOnComingOfAge(AccessGrant grant) {
        return end(grant, null);
    }

    /** The person's own (SELF) records. */
    public List<String> ownRecordIds(UserModel person) {
        return grants.findActiveByUser(realm, person.getId()).stream()
                .filter(grant -> grant.relationship() == Relationship.SELF)
                .map(AccessGrant::patientId)
                .toList();
    }

    private AccessGrant end(AccessGrant grant, String endedBy) {
        AccessGrant ended = grants.revoke(realm, grant.id(), endedBy).orElseThrow();
        patients.findById(realm, grant.patientId()).ifPresent(patient -> new AccessChangeNotifier(session, realm).ended(patient, ended));
        return ended;
    }
}
