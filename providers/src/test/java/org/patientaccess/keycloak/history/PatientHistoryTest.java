package org.patientaccess.keycloak.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.keycloak.events.Event;
import org.keycloak.events.EventQuery;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEventQuery;
import org.keycloak.models.RealmModel;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.store.AccessGrantStore;
import org.patientaccess.keycloak.store.InvitationStore;
import org.patientaccess.keycloak.store.PatientMergeStore;

class PatientHistoryTest {

    private static final String RECORD = "the-record";
    private static final String ACCOUNT = "a-busy-account";

    @Test
    void anAccountThatDidAGreatDealElsewhereIsReadAPageAtATimeAndNoFurtherThanTheBound() {
        List<Event> ownEvents = IntStream.range(0, 5_000).mapToObj(i -> event(i, "another-record-" + i)).toList();
        AtomicInteger read = new AtomicInteger();

        PatientHistory.Page page = history(ownEvents, read).page(RECORD, 0, 20);

        assertThat(page.entries()).isEmpty();
        assertThat(read.get()).isLessThanOrEqualTo(PatientHistory.MAX_EVENTS_READ_PER_ACCOUNT);
    }

    @Test
    void theAccountsEventsOnTheRecordAreFoundAmongItsOthersNewestFirst() {
        List<Event> ownEvents = new ArrayList<>();
        IntStream.range(0, 250).forEach(i -> ownEvents.add(event(i, i % 50 == 0 ? RECORD : "another-record")));
        AtomicInteger read = new AtomicInteger();

        PatientHistory.Page page = history(ownEvents, read).page(RECORD, 0, 3);

        assertThat(page.entries()).hasSize(3);
        assertThat(page.entries()).extracting(HistoryEntry::time)
                .containsExactly(Instant.ofEpochMilli(249_000 - 49_000), Instant.ofEpochMilli(249_000 - 99_000), Instant.ofEpochMilli(249_000 - 149_000));
        assertThat(page.hasMore()).isTrue();
        assertThat(read.get()).as("only as far as the page needs").isEqualTo(200);
    }

    /** A history whose one account holds a grant on the record and wrote these events, newest last. */
    private static PatientHistory history(List<Event> ownEvents, AtomicInteger read) {
        List<Event> newestFirst = new ArrayList<>(ownEvents);
        java.util.Collections.reverse(newestFirst);
        int[] from = {0};
        int[] max = {Integer.MAX_VALUE};
        EventQuery query = fake(EventQuery.class, Map.of(
                "firstResult", args -> {
                    from[0] = (Integer) args[0];
                    return null;
                },
                "maxResults", args -> {
                    max[0] = (Integer) args[0];
                    return null;
                },
                "getResultStream", args -> {
                    List<Event> served = newestFirst.subList(Math.min(from[0], newestFirst.size()), Math.min(from[0] + max[0], newestFirst.size()));
                    read.addAndGet(served.size());
                    return served.stream();
                }));
        AdminEventQuery adminQuery = fake(AdminEventQuery.class, Map.of("getResultStream", args -> Stream.empty()));
        EventStoreProvider events = fake(EventStoreProvider.class, Map.of(
                "createQuery", args -> query, "createAdminQuery", args -> adminQuery));
        AccessGrant grant = new AccessGrant("grant", "realm", ACCOUNT, RECORD, Relationship.PARENT, Set.of(GrantPermission.BOOK),
                GrantOrigin.ADMIN, null, null, Instant.EPOCH, null, null, null, Set.of());
        return new PatientHistory(fake(RealmModel.class, Map.of("getId", args -> "realm")), events,
                fake(AccessGrantStore.class, Map.of("findByPatient", args -> RECORD.equals(args[1]) ? List.of(grant) : List.of())),
                fake(InvitationStore.class, Map.of("findByPatient", args -> List.of())),
                fake(PatientMergeStore.class, Map.of("findByPatient", args -> List.of())));
    }

    private static Event event(int index, String patientId) {
        Event event = new Event();
        event.setTime(index * 1_000L);
        event.setType(EventType.GRANT_CONSENT);
        event.setUserId(ACCOUNT);
        event.setRealmId("realm");
        event.setDetails(Map.of(PatientEvents.PATIENT_ID, patientId, PatientEvents.ACTION, "add_dependent"));
        return event;
    }

    /** An implementation answering the named methods; a builder method answers itself, any other nothing. */
    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            Object answered = answer == null ? null : answer.apply(args);
            return answered == null && method.getReturnType().isInstance(proxy) ? proxy : answered;
        });
    }
}
