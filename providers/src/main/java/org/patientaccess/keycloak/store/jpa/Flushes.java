package org.patientaccess.keycloak.store.jpa;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.keycloak.models.ModelDuplicateException;
import org.patientaccess.keycloak.core.ConcurrentChangeException;

/**
 * Flushes inside the request, so that a unique key or a lost optimistic lock fails there, as a
 * conflict the caller can answer, and not at commit time as a server error. Any other database
 * failure is left as it is.
 */
final class Flushes {

    private Flushes() {
    }

    /** For changes that free unique keys and take none: only a lost optimistic lock is expected. */
    static void flush(EntityManager em, String onConcurrentChange) {
        flush(em, null, onConcurrentChange);
    }

    static void flush(EntityManager em, Supplier<? extends RuntimeException> onDuplicate, String onConcurrentChange) {
        try {
            em.flush();
        } catch (RuntimeException e) {
            if (onDuplicate != null && e instanceof ModelDuplicateException) {
                throw onDuplicate.get();
            }
            if (lostOptimisticLock(e)) {
                throw new ConcurrentChangeException(onConcurrentChange);
            }
            throw e;
        }
    }

    /** Keycloak's entity manager reports a lost optimistic lock as a ModelIllegalStateException caused by it. */
    private static boolean lostOptimisticLock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
