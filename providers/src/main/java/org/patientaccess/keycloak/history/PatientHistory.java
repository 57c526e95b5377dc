package org.patientaccess.keycloak.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.keycloak.events.Event;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.Invitation;
import org.patientaccess.keycloak.core.PatientMerge;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.store.InvitationStore;
import org.patientaccess.keycloak.store.PatientAccessStore;
import org.patientaccess.keycloak.store.PatientMergeStore;

/**
 * What happened to one patient record, newest first, read from the events Keycloak stored (as far back
 * as the realm keeps them):
 * <ul>
 * <li>staff actions: the admin events under {@code patient-access/patients/{id}}, one query on the
 *     realm's admin events, newest first;</li>
 * <li>the person's own changes and answers: user events with {@code patient_id} = the record. Keycloak
 *     cannot search user events by a detail, so they are read per account that could have written
 *     one (every account that holds or held a grant on the record or on a record merged with it, or
 *     answered one of its invitations), by account and type, which Keycloak's index on user, type and
 *     time serves, and kept only when the detail names this record. Each account's events are read a
 *     page at a time, newest first, and at most {@value #MAX_EVENTS_READ_PER_ACCOUNT} of them: an
 *     account that did a great deal elsewhere (a family adding many dependents) cannot make one
 *     patient's History read all it did.</li>
 * </ul>
 * A merged record's id has its own history (up to its merge); the survivor's includes the merge.
 */
public final class PatientHistory {

    /** The user events our person-side code writes. */
    /** The most of one account's own events a page of History reads; its older ones on this record are then not shown. */
    static final int MAX_EVENTS_READ_PER_ACCOUNT = 1_000;
    private static final int EVENTS_PER_READ = 100;

    private static final EventType[] USER_EVENT_TYPES = {EventType.GRANT_CONSENT, EventType.REVOKE_GRANT, EventType.CUSTOM_REQUIRED_ACTION,
            EventType.UPDATE_PROFILE};

    private final RealmModel realm;
    private final EventStoreProvider events;
    private final AccessGrantStore grants;
    private final InvitationStore invitations;
    private final PatientMergeStore merges;

    public PatientHistory(KeycloakSession session, RealmModel realm) {
        this(realm, session.getProvider(EventStoreProvider.class), session.getProvider(PatientAccessStore.class).grants(),
                session.getProvider(PatientAccessStore.class).invitations(), session.getProvider(PatientAccessStore.class).merges());
    }

    PatientHistory(RealmModel realm, EventStoreProvider events, AccessGrantStore grants, InvitationStore invitations, PatientMergeStore merges) {
        this.realm = realm;
        this.events = events;
        this.grants = grants;
        this.invitations = invitations;
        this.merges = merges;
    }

    /** A page of entries, newest first; {@code hasMore} says whether entries follow it. */
    public record Page(List<HistoryEntry> entries, boolean hasMore) {
    }

    public Page page(String patientId, int first, int max) {
        // Each source is read newest first up to one entry past the page: the page of all of them merged lies within.
        int wanted = first + max + 1;
        List<HistoryEntry> entries = new ArrayList<>();
        try (Stream<AdminEvent> staff = events.createAdminQuery()
                .realm(realm.getId())
                // Record ids are fixed-length UUIDs, so this prefix matches this record's events and no other's.
                .resourcePath(PatientEvents.path(patientId) + "*")
                .orderByDescTime()
                .maxResults(wanted)
                .getResultStream()) {
            staff.map(event -> HistoryActions.ofAdminEvent(patientId, event)).forEach(entries::add);
        }
        for (String userId : accountsThatMayHaveActed(patientId)) {
            ownEventsOn(patientId, userId, wanted).stream().map(HistoryActions::ofUserEvent).forEach(entries::add);
        }
        entries.sort(Comparator.comparing(HistoryEntry::time).reversed());
        int from = Math.min(first, entries.size());
        int to = Math.min(first + max, entries.size());
        return new Page(List.copyOf(entries.subList(from, to)), entries.size() > first + max);
    }

    /** The account's own events on the record, newest first, at most {@code wanted}, reading at most {@value #MAX_EVENTS_READ_PER_ACCOUNT}. */
    private List<Event> ownEventsOn(String patientId, String userId, int wanted) {
        List<Event> found = new ArrayList<>();
        for (int read = 0; read < MAX_EVENTS_READ_PER_ACCOUNT && found.size() < wanted; read += EVENTS_PER_READ) {
            List<Event> page;
            try (Stream<Event> own = events.createQuery()
                    .realm(realm.getId())
                    .user(userId)
                    .type(USER_EVENT_TYPES)
                    .orderByDescTime()
                    .firstResult(read)
                    .maxResults(EVENTS_PER_READ)
                    .getResultStream()) {
                page = own.toList();
            }
            page.stream()
                    .filter(event -> event.getDetails() != null && patientId.equals(event.getDetails().get(PatientEvents.PATIENT_ID)))
                    .limit(wanted - found.size())
                    .forEach(found::add);
            if (page.size() < EVENTS_PER_READ) {
                break;
            }
        }
        return found;
    }

    /**
     * Every account whose own change or answer could concern the record: a person acts on a record
     * only through a grant on it (which merges may have moved to or from other records since, one
     * merge after another) or by answering one of its invitations.
     */
    private Set<String> accountsThatMayHaveActed(String patientId) {
        Set<String> records = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(patientId));
        while (!toVisit.isEmpty()) {
            String record = toVisit.pop();
            if (records.add(record)) {
                for (PatientMerge merge : merges.findByPatient(realm, record)) {
                    toVisit.push(merge.survivorId());
                    toVisit.push(merge.mergedId());
                }
            }
        }
        Set<String> accounts = new LinkedHashSet<>();
        for (String record : records) {
            grants.findByPatient(realm, record, true).stream().map(AccessGrant::userId).forEach(accounts::add);
            invitations.findByPatient(realm, record).stream().map(Invitation::decidedBy).filter(id -> id != null).forEach(accounts::add);
        }
        return accounts;
    }
}
