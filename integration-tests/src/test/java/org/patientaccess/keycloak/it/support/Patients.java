package org.patientaccess.keycloak.it.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.patientaccess.keycloak.it.support.logs.PersonalData;

/** Patients as JSON objects for the staff API, and names no other test of a run uses. */
public final class Patients {

    private Patients() {
    }

    public static Map<String, Object> patient(String externalId, String firstName, String lastName, String birthDate,
                                              String email, String phone) {
        PersonalData.used(firstName, lastName, birthDate, email);
        PersonalData.usedPhone(phone);
        Map<String, Object> patient = new LinkedHashMap<>();
        putIfPresent(patient, "externalId", externalId);
        putIfPresent(patient, "firstName", firstName);
        putIfPresent(patient, "lastName", lastName);
        putIfPresent(patient, "birthDate", birthDate);
        putIfPresent(patient, "email", email);
        putIfPresent(patient, "phone", phone);
        return patient;
    }

    /** A surname of letters no other test shares, so that a name search sees only this test's patients. */
    public static String uniqueSurname(String base) {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        PersonalData.used(base + suffix);
        return base + suffix;
    }

    /** An external id no other test shares. */
    public static String uniqueExternalId() {
        return "T-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    private static void putIfPresent(Map<String, Object> patient, String field, String value) {
        if (value != null) {
            patient.put(field, value);
        }
    }
}
