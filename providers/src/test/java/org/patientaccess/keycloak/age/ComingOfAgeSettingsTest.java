package org.patientaccess.keycloak.age;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.keycloak.models.RealmModel;

class ComingOfAgeSettingsTest {

    @Test
    void aRealmWithoutSettingsHasMajorityAtEighteenNoEarlierAgeAndUtc() {
        assertThat(ComingOfAgeSettings.of(realm(Map.of()))).isEqualTo(new ComingOfAgeSettings(18, Optional.empty(), ZoneOffset.UTC));
    }

    @Test
    void theRealmsAttributesAreRead() {
        ComingOfAgeSettings settings = ComingOfAgeSettings.of(realm(Map.of(
                ComingOfAgeSettings.AGE_OF_MAJORITY, "19", ComingOfAgeSettings.OWN_ACCESS_AGE, " 14 ",
                ComingOfAgeSettings.TIME_ZONE, "America/Vancouver")));

        assertThat(settings).isEqualTo(new ComingOfAgeSettings(19, Optional.of(14), ZoneId.of("America/Vancouver")));
    }

    @Test
    void badValuesAreIgnored() {
        ComingOfAgeSettings settings = ComingOfAgeSettings.of(realm(Map.of(
                ComingOfAgeSettings.AGE_OF_MAJORITY, "eighteen", ComingOfAgeSettings.OWN_ACCESS_AGE, "0",
                ComingOfAgeSettings.TIME_ZONE, "Mars/Olympus")));

        assertThat(settings).isEqualTo(new ComingOfAgeSettings(18, Optional.empty(), ZoneOffset.UTC));
        assertThat(ComingOfAgeSettings.of(realm(Map.of(ComingOfAgeSettings.AGE_OF_MAJORITY, "180"))).ageOfMajority()).isEqualTo(18);
    }

    @Test
    void anOwnAccountAgeNotBelowTheAgeOfMajorityIsIgnored() {
        ComingOfAgeSettings settings = ComingOfAgeSettings.of(realm(Map.of(
                ComingOfAgeSettings.AGE_OF_MAJORITY, "16", ComingOfAgeSettings.OWN_ACCESS_AGE, "16")));

        assertThat(settings.ownAccessAge()).isEmpty();
    }

    private static RealmModel realm(Map<String, String> attributes) {
        return (RealmModel) Proxy.newProxyInstance(ComingOfAgeSettingsTest.class.getClassLoader(), new Class<?>[] {RealmModel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getId" -> "realm-id";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
