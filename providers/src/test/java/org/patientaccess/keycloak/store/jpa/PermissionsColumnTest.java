package org.patientaccess.keycloak.store.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.GrantPermission;

class PermissionsColumnTest {

    @Test
    void permissionsAreWrittenInAStableOrderAndReadBack() {
        String column = PermissionsColumn.write(Set.of(GrantPermission.MANAGE_PROFILE, GrantPermission.BOOK));

        assertThat(column).isEqualTo("BOOK,MANAGE_PROFILE");
        assertThat(PermissionsColumn.read(column)).containsExactlyInAnyOrder(GrantPermission.BOOK, GrantPermission.MANAGE_PROFILE);
    }

    @Test
    void aSuspendedGrantsEmptySetIsWrittenAsNoneNeverAsAnEmptyString() {
        assertThat(PermissionsColumn.write(Set.of())).isEqualTo("NONE");
        assertThat(PermissionsColumn.read("NONE")).isEmpty();
    }

    @Test
    void nothingWithheldIsNull() {
        assertThat(PermissionsColumn.writeOptional(Set.of())).isNull();
        assertThat(PermissionsColumn.read(null)).isEmpty();
        assertThat(PermissionsColumn.writeOptional(Set.of(GrantPermission.VIEW))).isEqualTo("VIEW");
    }
}
