package org.patientaccess.keycloak.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.AccessGrant;
import org.patientaccess.keycloak.core.GrantOrigin;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.Relationship;

class MyActivityTest {

    @Test
    void theRecordsOwnAccountReadsItsActivityWhateverItsPermissions() {
        assertThat(MyActivity.mayRead(grant(Relationship.SELF, Set.of()))).isTrue();
    }

    @Test
    void aParentOrGuardianReadsItOnlyWithViewInForce() {
        assertThat(MyActivity.mayRead(grant(Relationship.PARENT, Set.of(GrantPermission.VIEW, GrantPermission.BOOK)))).isTrue();
        assertThat(MyActivity.mayRead(grant(Relationship.GUARDIAN, Set.of(GrantPermission.VIEW)))).isTrue();
        // Narrowed by an age band to BOOK, or suspended (nothing in force): no activity.
        assertThat(MyActivity.mayRead(grant(Relationship.PARENT, Set.of(GrantPermission.BOOK)))).isFalse();
        assertThat(MyActivity.mayRead(grant(Relationship.GUARDIAN, Set.of()))).isFalse();
    }

    @Test
    void caregiversAndOthersNeverReadIt() {
        Set<GrantPermission> all = Set.of(GrantPermission.VIEW, GrantPermission.BOOK, GrantPermission.MANAGE_PROFILE);
        assertThat(MyActivity.mayRead(grant(Relationship.CAREGIVER, all))).isFalse();
        assertThat(MyActivity.mayRead(grant(Relationship.OTHER, all))).isFalse();
    }

    private static AccessGrant grant(Relationship relationship, Set<GrantPermission> permissions) {
        return new AccessGrant("g1", "realm", "u1", "p1", relationship, permissions, GrantOrigin.ADMIN, null, null, Instant.EPOCH, null, null, null, Set.of());
    }
}
