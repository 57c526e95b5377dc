package org.patientaccess.keycloak.lifecycle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.patientaccess.keycloak.access.AccessGrants;
import org.patientaccess.keycloak.age.AgeBands;
import org.patientaccess.keycloak.age.ComingOfAgeCalendar;
import org.patientaccess.keycloak.age.ComingOfAgeSettings;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.Assent;
import org.patientaccess.keycloak.core.ComingOfAgeStep;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.NotPermittedException;
import org.patientaccess.keycloak.core.PatientRecord;
import org.patientaccess.keycloak.core.UnknownIdException;
import org.patientaccess.keycloak.email.AssentNotice;
import org.patientaccess.keycloak.history.PatientEvents;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.store.AssentStore;
import org.patientaccess.keycloak.store.ComingOfAgeStore;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientRecordStore;

/**
 * The young person's say on who acts for them: from the realm's own-account age and while under the
 * age of majority, the holder of a record's own (SELF) account may give a parent's or guardian's grant
 * on it back what an age band withheld, or let it keep what a coming band would take, for at most
 * {@value AssentRules#MAX_MONTHS} months; give again to renew, withdraw at any time. The daily run ends
 * expired assents. Under the own-account age, or in a realm without one, staff decide alone.
 */
public final class Assents {

    private static final int PAGE = 200;
    private static final Logger LOG = Logger.getLogger(Assents.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AssentStore assents;
    private final AccessGrantStore grants;
    private final PatientRecordStore records;
    private final ComingOfAgeStore comingOfAge;
    private final ComingOfAgeCalendar calendar;

    public Assents(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        PatientAccessStore store = session.getProvider(PatientAccessStore.class);
        this.assents = store.assents();
        this.grants = store.grants();
        this.records = store.records();
        this.comingOfAge = store.comingOfAge();
        this.calendar = new ComingOfAgeCalendar(ComingOfAgeSettings.of(realm));
    }

    /** The assents in force on these grants, keyed by grant id (an expired one the daily run has not ended yet is left out). */
    public Map<String, Assent> inForce(Collection<AccessGrant> onGrants) {
        LocalDate today = today();
        return assents.findByGrants(realm, onGrants.stream().map(AccessGrant::id).toList()).values().stream()
                .filter(assent -> assent.isInForceOn(today))
                .collect(Collectors.toMap(Assent::grantId, assent -> assent));
    }

    /** The permissions an assent in force on {@code day} keeps on the grant, whatever a band day takes; empty when none. */
    public Set<GrantPermission> keptOn(AccessGrant grant, LocalDate day) {
        return assents.find(realm, grant.id()).filter(assent -> assent.isInForceOn(day)).map(Assent::permissions).orElse(Set.of());
    }

    /** Whether the holder of the record's own account may give an assent on this grant today. */
    public boolean mayAssent(AccessGrant grant) {
        return ComingOfAgeRun.GUARDIANS.contains(grant.relationship())
                && refusal(records.findById(realm, grant.patientId()).orElseThrow()).isEmpty();
    }

    /** The last day an assent given today may hold. */
    public LocalDate latestUntil() {
        return AssentRules.latestUntil(today());
    }

    /**
     * The young person gives (or renews: it replaces the one before) an assent on a parent's or
     * guardian's grant on their own record. What the band withheld among its permissions is in force
     * at once; what the one before named and this one leaves out is withheld again where the band
     * withholds it.
     */
    public Assent give(UserModel person, String grantId, List<String> permissionValues, String untilValue) {
        AccessGrant grant = onOwnRecord(person, grantId);
        PatientRecord record = records.findById(realm, grant.patientId()).orElseThrow();
        requireMayAssent(grant, record);
        Set<GrantPermission> givable = EnumSet.noneOf(GrantPermission.class);
        givable.addAll(grant.permissions());
        givable.addAll(grant.withheld());
        AssentRules.Terms terms = AssentRules.validate(permissionValues, untilValue, givable, today());
        Set<GrantPermission> leftOut = assents.find(realm, grant.id())
                .map(before -> difference(before.permissions(), terms.permissions()))
                .orElse(Set.of());
        AssentRules.Permissions before = new AssentRules.Permissions(grant.permissions(), grant.withheld());
        AssentRules.Permissions after = AssentRules.given(AssentRules.ended(before, leftOut, carried(grant, record)), terms.permissions());
        Assent assent = assents.put(realm, grant.id(), terms.permissions(), terms.until(), person.getId());
        change(grant, record, before, after, AssentNotice.Change.GIVEN, terms.until());
        event(grant, PatientEvents.ASSENT, before, after, person.getId());
        return assent;
    }

    /** The young person withdraws their assent on a grant: it ends now. */
    public void withdraw(UserModel person, String grantId) {
        AccessGrant grant = onOwnRecord(person, grantId);
        Assent assent = assents.find(realm, grant.id()).orElseThrow(() -> new UnknownIdException("No assent of yours on this access"));
        end(grant, assent, person.getId());
    }

    /**
     * Ends the realm's assents whose last day is over, each in its own transaction: the daily run. A
     * grant that has ended meanwhile just loses its assent. Answers how many ended.
     */
    public static int endExpired(KeycloakSessionFactory factory, String realmId) {
        int ended = 0;
        List<String> expired;
        int done;
        do {
            expired = KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
                RealmModel realm = session.realms().getRealm(realmId);
                Assents rules = new Assents(session, realm);
                return rules.assents.findEndingBefore(realm, rules.today(), PAGE).stream().map(Assent::grantId).toList();
            });
            done = 0;
            for (String grantId : expired) {
                try {
                    if (KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> endExpired(session, realmId, grantId))) {
                        ended++;
                    }
                    done++;
                } catch (RuntimeException e) {
                    // Another run ended it at the same moment, or the grant changed meanwhile: the next run sees it again.
                    LOG.warnf("Assents: grant %s of realm %s not done this run (%s)", grantId, realmId, e.getClass().getSimpleName());
                }
            }
            // A full page is read again (what was done is gone from it) unless none of it could be done.
        } while (expired.size() == PAGE && done > 0);
        return ended;
    }

    private static boolean endExpired(KeycloakSession session, String realmId, String grantId) {
        RealmModel realm = session.realms().getRealm(realmId);
        session.getContext().setRealm(realm);
        Assents rules = new Assents(session, realm);
        Optional<Assent> assent = rules.assents.find(realm, grantId).filter(found -> !found.isInForceOn(rules.today()));
        if (assent.isEmpty()) {
            return false;
        }
        Optional<AccessGrant> grant = rules.grants.findById(realm, grantId).filter(found -> found.isActiveAt(KeycloakClock.UTC.instant()));
        if (grant.isEmpty()) {
            rules.assents.remove(realm, grantId);
            return false;
        }
        rules.end(grant.get(), assent.get(), null);
        return true;
    }

    private void end(AccessGrant grant, Assent assent, String actorUserId) {
        PatientRecord record = records.findById(realm, grant.patientId()).orElseThrow();
        AssentRules.Permissions before = new AssentRules.Permissions(grant.permissions(), grant.withheld());
        AssentRules.Permissions after = AssentRules.ended(before, assent.permissions(), carried(grant, record));
        assents.remove(realm, grant.id());
        change(grant, record, before, after, actorUserId == null ? AssentNotice.Change.EXPIRED : AssentNotice.Change.WITHDRAWN, assent.until());
        event(grant, PatientEvents.ASSENT_ENDED, before, after, actorUserId);
    }

    /**
     * What the record's band lets the grant carry today; nothing limits it when the record is kept under
     * continued guardianship (which overrides the bands) or is no longer a minor, nor where no band day's
     * work took this grant (a grant staff gave afterwards is their decision).
     */
    private Optional<Set<GrantPermission>> carried(AccessGrant grant, PatientRecord record) {
        LocalDate birthDate = record.details().birthDate();
        LocalDate today = today();
        if (!calendar.isMinor(birthDate, today) || comingOfAge.findContinuedGuardianship(realm, record.id()).isPresent()) {
            return Optional.empty();
        }
        return AssentRules.carried(AgeBands.of(realm), birthDate, today, bandDay ->
                comingOfAge.doneAt(realm, record.id(), ComingOfAgeStep.AGE_BAND, bandDay).filter(done -> grant.createdAt().isBefore(done)).isPresent());
    }

    /** Writes what changed; the grant's holder is told when what they may do now changed. */
    private void change(AccessGrant grant, PatientRecord record, AssentRules.Permissions before, AssentRules.Permissions after,
                        AssentNotice.Change how, LocalDate until) {
        if (!after.equals(before)) {
            grants.changePermissions(realm, grant.id(), after.inForce(), after.withheld());
        }
        if (!after.inForce().equals(before.inForce())) {
            new AssentNotice(session, realm).tell(session.users().getUserById(realm, grant.userId()), record, how, after.inForce(), until);
        }
    }

    /**
     * Another account's active grant on the person's own record; the person's own grant answers 403
     * (only the young person gives an assent), any other id 404.
     */
    private AccessGrant onOwnRecord(UserModel person, String grantId) {
        AccessGrants access = new AccessGrants(session, realm);
        return access.actingFor(person).stream()
                .filter(grant -> grant.id().equals(grantId))
                .findFirst()
                .orElseThrow(() -> {
                    boolean ownGrant = grants.findById(realm, grantId).filter(grant -> grant.userId().equals(person.getId())).isPresent();
                    return ownGrant
                            ? new NotPermittedException("only the young person, through their own account, gives an assent on an access to their record")
                            : new UnknownIdException("No active grant with this id on your own record");
                });
    }

    private void requireMayAssent(AccessGrant grant, PatientRecord record) {
        Optional<String> refusal = refusal(record);
        if (refusal.isPresent()) {
            throw new NotPermittedException(refusal.get());
        }
        if (!ComingOfAgeRun.GUARDIANS.contains(grant.relationship())) {
            throw new NotPermittedException("an assent is given on a parent's or guardian's access only");
        }
    }

    /** Why the record's own account may not assent today, if it may not. */
    private Optional<String> refusal(PatientRecord record) {
        LocalDate birthDate = record.details().birthDate();
        LocalDate today = today();
        if (calendar.settings().ownAccessAge().isEmpty()) {
            return Optional.of("the clinic sets no own-account age: the clinic decides who acts for you");
        }
        if (birthDate == null || calendar.isTooYoungForOwnAccount(birthDate, today)) {
            return Optional.of("under the clinic's own-account age (" + calendar.settings().ownAccessAge().get()
                    + "), the clinic decides who acts for you");
        }
        if (!calendar.isMinor(birthDate, today)) {
            return Optional.of("from the age of majority no age band applies: end an access you no longer want instead");
        }
        return Optional.empty();
    }

    private void event(AccessGrant grant, String reason, AssentRules.Permissions before, AssentRules.Permissions after, String actorUserId) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(PatientEvents.USER_ID, grant.userId());
        details.put(PatientEvents.RELATIONSHIP, grant.relationship().name());
        details.put(PatientEvents.REASON, reason);
        details.put(PatientEvents.PERMISSIONS_BEFORE, PatientEvents.permissions(before.inForce()));
        details.put(PatientEvents.PERMISSIONS_AFTER, PatientEvents.permissions(after.inForce()));
        new SystemAdminEvents(session, realm).write(PatientEvents.ACCESS_GRANT_TYPE, OperationType.UPDATE,
                PatientEvents.path(grant.patientId(), "accounts", grant.id()), details, actorUserId);
    }

    private static Set<GrantPermission> difference(Set<GrantPermission> from, Set<GrantPermission> without) {
        Set<GrantPermission> left = EnumSet.noneOf(GrantPermission.class);
        left.addAll(from);
        left.removeAll(without);
        return left;
    }

    private LocalDate today() {
        return calendar.today(KeycloakClock.UTC.instant());
    }
}
