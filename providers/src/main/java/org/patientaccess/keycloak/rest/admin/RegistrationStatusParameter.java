package org.patientaccess.keycloak.rest.admin;

import java.util.Arrays;
import java.util.Locale;

import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.RegistrationStatus;

/** The {@code status} query parameter of the registrations: one status, or {@code any} for every status. */
final class RegistrationStatusParameter {

    private RegistrationStatusParameter() {
    }

    /**
     * The status asked for (any case, blanks around it ignored), {@code whenAbsent} when none is
     * given; null means every status.
     */
    static RegistrationStatus parse(String status, RegistrationStatus whenAbsent) {
        if (status == null || status.isBlank()) {
            return whenAbsent;
        }
        if ("any".equalsIgnoreCase(status.strip())) {
            return null;
        }
        try {
            return RegistrationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status must be any or one of " + Arrays.toString(RegistrationStatus.values()));
        }
    }
}
