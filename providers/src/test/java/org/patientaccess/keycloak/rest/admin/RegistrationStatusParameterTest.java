package org.patientaccess.keycloak.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.RegistrationStatus;

class RegistrationStatusParameterTest {

    @Test
    void withoutAStatusTheDefaultIsTaken() {
        assertThat(RegistrationStatusParameter.parse(null, RegistrationStatus.PENDING)).isEqualTo(RegistrationStatus.PENDING);
        assertThat(RegistrationStatusParameter.parse("  ", RegistrationStatus.PENDING)).isEqualTo(RegistrationStatus.PENDING);
        assertThat(RegistrationStatusParameter.parse(null, null)).isNull();
    }

    @Test
    void aStatusIsReadInAnyCaseAndAnyMeansEveryStatus() {
        assertThat(RegistrationStatusParameter.parse(" kept_as_new ", RegistrationStatus.PENDING)).isEqualTo(RegistrationStatus.KEPT_AS_NEW);
        assertThat(RegistrationStatusParameter.parse("MERGED", null)).isEqualTo(RegistrationStatus.MERGED);
        assertThat(RegistrationStatusParameter.parse("Any", RegistrationStatus.PENDING)).isNull();
    }

    @Test
    void anUnknownStatusIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> RegistrationStatusParameter.parse("WAITING", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.getMessage()).contains("any", "PENDING", "DISMISSED");
                });
    }
}
