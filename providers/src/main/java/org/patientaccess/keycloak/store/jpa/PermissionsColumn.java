package org.patientaccess.keycloak.store.jpa;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.patientaccess.keycloak.core.GrantPermission;

/** Permissions stored as one comma-separated column, in a stable order. */
final class PermissionsColumn {

    private PermissionsColumn() {
    }

    static String write(Set<GrantPermission> permissions) {
        return EnumSet.copyOf(permissions).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<GrantPermission> read(String column) {
        Set<GrantPermission> permissions = EnumSet.noneOf(GrantPermission.class);
        Arrays.stream(column.split(",")).map(GrantPermission::valueOf).forEach(permissions::add);
        return Set.copyOf(permissions);
    }
}
