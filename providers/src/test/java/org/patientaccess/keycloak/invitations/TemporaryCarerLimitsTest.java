package org.patientaccess.keycloak.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.RealmModel;

class TemporaryCarerLimitsTest {

    @Test
    void withoutSettingsARecordHasFiveCarersAndAnAccountTenInvitationsWaiting() {
        assertThat(TemporaryCarerLimits.of(realm(Map.of()))).isEqualTo(new TemporaryCarerLimits(5, 10));
    }

    @Test
    void theRealmsPositiveWholeNumbersAreTakenAndAnythingElseIgnored() {
        assertThat(TemporaryCarerLimits.of(realm(Map.of(TemporaryCarerLimits.PER_RECORD, " 2 ", TemporaryCarerLimits.PER_ACCOUNT, "1"))))
                .isEqualTo(new TemporaryCarerLimits(2, 1));
        assertThat(TemporaryCarerLimits.of(realm(Map.of(TemporaryCarerLimits.PER_RECORD, "0", TemporaryCarerLimits.PER_ACCOUNT, "many"))))
                .isEqualTo(new TemporaryCarerLimits(5, 10));
    }

    /** A realm that answers only its attributes. */
    private static RealmModel realm(Map<String, String> attributes) {
        return (RealmModel) Proxy.newProxyInstance(RealmModel.class.getClassLoader(), new Class<?>[] {RealmModel.class},
                (proxy, method, args) -> "getAttribute".equals(method.getName()) && args.length == 1 ? attributes.get((String) args[0]) : null);
    }
}
