package org.patientaccess.benchmarks;

import java.time.LocalDate;

/** A synthetic person: the record a clinic holds, or someone asking to be matched. */
public record Person(String externalId, String firstName, String lastName, LocalDate birthDate, String email, String phone) {

    public String csvRow() {
        return String.join(",", externalId, firstName, lastName, birthDate.toString(), email == null ? "" : email, phone == null ? "" : phone);
    }
}
