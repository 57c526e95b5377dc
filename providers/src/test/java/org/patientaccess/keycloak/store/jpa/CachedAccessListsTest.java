package org.patientaccess.keycloak.store.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.keycloak.models.UserModel;
import org.keycloak.models.cache.CachedUserModel;
import org.patientaccess.keycloak.core.AccessiblePatient;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.Relationship;

class CachedAccessListsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final AccessiblePatient SOFIA = patient("p-sofia", null);
    private static final AccessiblePatient MATEO_UNTIL_NOON = patient("p-mateo", Instant.parse("2026-12-07T12:00:00Z"));

    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<List<AccessiblePatient>> database = () -> {
        reads.incrementAndGet();
        return List.of(SOFIA, MATEO_UNTIL_NOON);
    };

    @Test
    void aListReadOnceIsServedFromBesideTheCachedAccountUntilKeycloakDropsIt() {
        CachedUserModel account = cachedAccount(new ConcurrentHashMap<>(), false);

        CachedAccessLists.read(account, CLOCK, false, database);
        List<AccessiblePatient> again = CachedAccessLists.read(account, CLOCK, false, database);

        assertThat(again).containsExactly(SOFIA, MATEO_UNTIL_NOON);
        assertThat(reads).hasValue(1);
        assertThat(CachedAccessLists.read(cachedAccount(new ConcurrentHashMap<>(), false), CLOCK, false, database))
                .as("a new cached account, after an eviction, starts empty").hasSize(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aGrantThatLapsedLeavesTheListInMemoryAtItsTime() {
        CachedUserModel account = cachedAccount(new ConcurrentHashMap<>(), false);
        CachedAccessLists.read(account, CLOCK, false, database);

        List<AccessiblePatient> afterNoon = CachedAccessLists.read(account, Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC),
                false, database);

        assertThat(afterNoon).containsExactly(SOFIA);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aTransactionThatChangedListsReadsTheDatabaseAndKeepsNothing() {
        ConcurrentMap<Object, Object> besideTheAccount = new ConcurrentHashMap<>();
        CachedUserModel account = cachedAccount(besideTheAccount, false);

        CachedAccessLists.read(account, CLOCK, true, database);
        CachedAccessLists.read(cachedAccount(besideTheAccount, true), CLOCK, false, database);

        assertThat(besideTheAccount).isEmpty();
        assertThat(reads).hasValue(2);
    }

    @Test
    void anAccountOutsideKeycloaksCacheIsReadEveryTime() {
        UserModel account = (UserModel) Proxy.newProxyInstance(UserModel.class.getClassLoader(), new Class<?>[] {UserModel.class},
                (proxy, method, args) -> null);

        CachedAccessLists.read(account, CLOCK, false, database);
        CachedAccessLists.read(account, CLOCK, false, database);

        assertThat(reads).hasValue(2);
    }

    private static CachedUserModel cachedAccount(ConcurrentMap<Object, Object> cachedWith, boolean markedForEviction) {
        return (CachedUserModel) Proxy.newProxyInstance(CachedUserModel.class.getClassLoader(), new Class<?>[] {CachedUserModel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getCachedWith" -> cachedWith;
                    case "isMarkedForEviction" -> markedForEviction;
                    default -> null;
                });
    }

    private static AccessiblePatient patient(String id, Instant validUntil) {
        return new AccessiblePatient(id, Relationship.PARENT, Set.of(GrantPermission.BOOK), null, null, null, validUntil, "g-" + id);
    }
}
