package org.patientaccess.keycloak.access;

import java.time.LocalDate;

import org.keycloak.models.RealmModel;

/** The realm's age of majority (realm attribute {@value #REALM_ATTRIBUTE}, default 18). */
public record AgeOfMajority(int years) {

    public static final String REALM_ATTRIBUTE = "patientAccess.ageOfMajority";
    static final int DEFAULT_YEARS = 18;

    public static AgeOfMajority of(RealmModel realm) {
        String value = realm.getAttribute(REALM_ATTRIBUTE);
        try {
            int years = value == null || value.isBlank() ? DEFAULT_YEARS : Integer.parseInt(value.strip());
            return new AgeOfMajority(years > 0 && years < 30 ? years : DEFAULT_YEARS);
        } catch (NumberFormatException e) {
            return new AgeOfMajority(DEFAULT_YEARS);
        }
    }

    /** Whether a person born on this date is a minor on {@code today}; without a birth date nobody can tell, so not. */
    public boolean isMinor(LocalDate birthDate, LocalDate today) {
        return birthDate != null && birthDate.plusYears(years).isAfter(today);
    }
}
