package org.patientaccess.keycloak.core;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated patient search. Every criterion is optional; those given must all match.
 *
 * @param nameTokens folded name prefixes; each must begin the first or the last name
 * @param firstName folded prefix of the first name
 * @param lastName folded prefix of the last name
 * @param statuses the statuses to include; empty means any
 */
public record PatientSearch(
        List<String> nameTokens,
        String firstName,
        String lastName,
        LocalDate birthDate,
        String email,
        String phone,
        String externalId,
        List<PatientStatus> statuses,
        PatientSort sort,
        boolean descending,
        int first,
        int max) {
}
