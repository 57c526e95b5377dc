package org.patientaccess.keycloak.store.jpa;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.patientaccess.keycloak.core.GrantPermission;

/**
 * Permissions stored as one comma-separated column, in a stable order. The empty set (a grant an age
 * band suspended) is written {@value #NONE}, not as an empty string, which some databases (Oracle)
 * store as NULL in a NOT NULL column.
 */
final class PermissionsColumn {

    /** The column of a grant that carries nothing; queries leave such grants out of the accessible patients. */
    static final String NONE = "NONE";

    private PermissionsColumn() {
    }

    static String write(Set<GrantPermission> permissions) {
        return permissions.isEmpty() ? NONE : EnumSet.copyOf(permissions).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<GrantPermission> read(String column) {
        if (column == null || column.equals(NONE)) {
            return Set.of();
        }
        Set<GrantPermission> permissions = EnumSet.noneOf(GrantPermission.class);
        Arrays.stream(column.split(",")).map(GrantPermission::valueOf).forEach(permissions::add);
        return Set.copyOf(permissions);
    }

    /** The nullable column of withheld permissions: NULL when none. */
    static String writeOptional(Set<GrantPermission> permissions) {
        return permissions.isEmpty() ? null : write(permissions);
    }
}
