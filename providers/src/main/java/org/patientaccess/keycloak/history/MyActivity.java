package org.patientaccess.keycloak.history;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.core.UnknownIdException;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientRecordStore;

/**
 * "What was done in my name": the History of a record a person may read, as a family reads it
 * ({@link FamilyEntries}). A person reads their own record's (their active SELF grant) and that of a
 * record they hold as parent or guardian with VIEW in force (a grant an age band narrowed or suspended
 * reads nothing); any other grant id, theirs or not, is answered as unknown, alike.
 */
public final class MyActivity {

    /** The relationships whose holder reads the record's activity while the grant carries VIEW. */
    private static final Set<Relationship> RESPONSIBLE = EnumSet.of(Relationship.PARENT, Relationship.GUARDIAN);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AccessGrantStore grants;
    private final PatientRecordStore records;

    public MyActivity(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        PatientAccessStore store = session.getProvider(PatientAccessStore.class);
        this.grants = store.grants();
        this.records = store.records();
    }

    /** A record the person may read the activity of, through this grant of theirs. */
    public record Readable(AccessGrant grant, PatientRecord patient) {
    }

    /** A page of the activity, newest first; {@code hasMore} says whether entries follow it. */
    public record Page(List<FamilyEntries.Entry> entries, boolean hasMore) {
    }

    /** Whether this grant lets its holder read the record's activity (the grant itself active, its record too). */
    static boolean mayRead(AccessGrant grant) {
        return grant.relationship() == Relationship.SELF
                || (RESPONSIBLE.contains(grant.relationship()) && grant.permissions().contains(GrantPermission.VIEW));
    }

    /** The records the person may read the activity of: their own first, then the others in the order they were given. */
    public List<Readable> readableBy(UserModel person) {
        List<AccessGrant> held = grants.findActiveByUser(realm, person.getId()).stream().filter(MyActivity::mayRead).toList();
        Map<String, PatientRecord> patients = records.findByIds(realm, held.stream().map(AccessGrant::patientId).toList());
        return held.stream()
                .filter(grant -> active(patients.get(grant.patientId())))
                .map(grant -> new Readable(grant, patients.get(grant.patientId())))
                .sorted(Comparator.comparing(readable -> readable.grant().relationship() != Relationship.SELF))
                .toList();
    }

    /** The record behind one of the person's grants, if they may read its activity; else the one "unknown" answer. */
    public Readable readable(UserModel person, String grantId) {
        return grants.findById(realm, grantId)
                .filter(grant -> grant.userId().equals(person.getId()) && grant.isActiveAt(KeycloakClock.UTC.instant()))
                .filter(MyActivity::mayRead)
                .flatMap(grant -> records.findById(realm, grant.patientId()).filter(MyActivity::active).map(patient -> new Readable(grant, patient)))
                .orElseThrow(() -> new UnknownIdException("No record whose activity you may read with this id"));
    }

    /** A page of the record's activity, as the person reads it. */
    public Page page(UserModel person, Readable readable, int first, int max) {
        PatientHistory.Page page = new PatientHistory(session, realm).page(readable.patient().id(), first, max);
        Naming naming = new Naming(person);
        return new Page(page.entries().stream().map(entry -> FamilyEntries.of(entry, naming)).toList(), page.hasMore());
    }

    private static boolean active(PatientRecord patient) {
        return patient != null && patient.status() == PatientStatus.ACTIVE;
    }

    /**
     * Names accounts for the reader, each looked up once per request: the clinic's staff (an account
     * holding any role of the realm's management client, or one of another realm: a server
     * administrator) are "the clinic"; an account since deleted is an account without a name.
     */
    private final class Naming implements FamilyEntries.Naming {

        private final UserModel reader;
        private final Map<String, FamilyEntries.Who> known = new HashMap<>();
        private ClientModel management;

        Naming(UserModel reader) {
            this.reader = reader;
        }

        @Override
        public FamilyEntries.Who actor(HistoryEntry.Actor actor) {
            return actor.realmId() != null && !actor.realmId().equals(realm.getId()) ? FamilyEntries.Who.CLINIC : account(actor.userId());
        }

        @Override
        public FamilyEntries.Who account(String userId) {
            if (userId.equals(reader.getId())) {
                return FamilyEntries.Who.YOU;
            }
            return known.computeIfAbsent(userId, id -> {
                UserModel user = session.users().getUserById(realm, id);
                if (user == null) {
                    return FamilyEntries.Who.account(null);
                }
                return isStaff(user) ? FamilyEntries.Who.CLINIC
                        : FamilyEntries.Who.account(Optional.ofNullable(user.getFirstName()).orElse("") + " " + Optional.ofNullable(user.getLastName()).orElse(""));
            });
        }

        private boolean isStaff(UserModel user) {
            if (management == null) {
                management = session.clients().getClientByClientId(realm, Constants.REALM_MANAGEMENT_CLIENT_ID);
            }
            return management != null && management.getRolesStream().anyMatch(user::hasRole);
        }
    }
}
