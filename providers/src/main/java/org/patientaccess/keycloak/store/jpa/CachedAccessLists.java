package org.patientaccess.keycloak.store.jpa;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.keycloak.models.UserModel;
import org.keycloak.models.cache.CachedUserModel;
import org.patientaccess.keycloak.core.AccessiblePatient;

/**
 * The list of patients an account may act for, kept beside the account in Keycloak's own user cache
 * ({@link CachedUserModel#getCachedWith()}), so that a warm login, refresh, userinfo or introspection
 * reads no table. Keycloak drops a cached account, with what is kept beside it, on every node when it
 * is evicted ({@link AccessListEvictions} evicts every account whose list a transaction changed), and
 * when its cache is full or the realm goes. A list read while a change commits can only land beside an
 * account object that the change's eviction has already dropped, never in the one the next request gets.
 * Grants that lapse ({@code validUntil}) leave the list at their time, read from memory or not.
 */
final class CachedAccessLists {

    /** Key in the cached account's map; the value is the immutable list as the database gave it. */
    private static final String KEY = "patient-access.accessible-patients";

    private CachedAccessLists() {
    }

    /**
     * The account's list as of {@code clock}, from beside the cached account or from {@code load}. A
     * transaction that has changed lists itself ({@code changing}) reads the database, which shows it
     * its own changes, and keeps nothing: it may yet roll back.
     */
    static List<AccessiblePatient> read(UserModel account, Clock clock, boolean changing, Supplier<List<AccessiblePatient>> load) {
        List<AccessiblePatient> list;
        if (account instanceof CachedUserModel cached && !cached.isMarkedForEviction() && !changing) {
            list = cachedList(cached);
            if (list == null) {
                list = List.copyOf(load.get());
                cached.getCachedWith().putIfAbsent(KEY, list);
            }
        } else {
            // The user cache is off, or this transaction changed lists: the database's word, kept nowhere.
            list = load.get();
        }
        Instant now = clock.instant();
        return list.stream().allMatch(patient -> patient.isActiveAt(now))
                ? list
                : list.stream().filter(patient -> patient.isActiveAt(now)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<AccessiblePatient> cachedList(CachedUserModel cached) {
        return (List<AccessiblePatient>) cached.getCachedWith().get(KEY);
    }
}
