package org.patientaccess.keycloak.history;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A History entry as a family reads it in the Activity view: who acted said as "you", "the clinic" (a
 * staff member, a server administrator or the clinic's own rules, never a staff member's name) or
 * another account by its holder's name; the account a grant concerns said the same way; and only the
 * facts a family may read: no ids of records, grants, invitations or accounts, no email.
 */
public final class FamilyEntries {

    /** The details a family reads, in the order an export lists them; every other detail (ids) stays with staff. */
    public static final List<String> DETAIL_NAMES = List.of("relationship", "reason", "fields", "outcome", "decision", "role",
            "permissionsBefore", "permissionsAfter");

    private FamilyEntries() {
    }

    /** Who did something or whom it concerned, for a family: YOU (the reader), the CLINIC, or another ACCOUNT by name. */
    public enum Kind {
        YOU, CLINIC, ACCOUNT
    }

    /** {@code name} only for another account whose holder has a name (never its username or email). */
    public record Who(Kind kind, String name) {

        public static final Who YOU = new Who(Kind.YOU, null);
        public static final Who CLINIC = new Who(Kind.CLINIC, null);

        public static Who account(String name) {
            return new Who(Kind.ACCOUNT, name == null || name.isBlank() ? null : name.strip());
        }
    }

    /** One entry of the Activity view; {@code subject} is the account a grant's entry concerns (null otherwise). */
    public record Entry(Instant time, String action, Who actor, Who subject, Map<String, String> details) {
    }

    /** How the accounts an entry names are said to this reader. */
    public interface Naming {

        /** The account that acted; null: nobody (the clinic's rules). */
        Who actor(HistoryEntry.Actor actor);

        /** An account of the realm, by id. */
        Who account(String userId);
    }

    public static Entry of(HistoryEntry entry, Naming naming) {
        Map<String, String> details = new LinkedHashMap<>();
        for (String name : DETAIL_NAMES) {
            String value = entry.details().get(name);
            if (value != null) {
                details.put(name, value);
            }
        }
        String holder = entry.details().get("accountId");
        return new Entry(entry.time(), entry.action(), entry.actor() == null ? Who.CLINIC : naming.actor(entry.actor()),
                holder == null ? null : naming.account(holder), Collections.unmodifiableMap(details));
    }
}
