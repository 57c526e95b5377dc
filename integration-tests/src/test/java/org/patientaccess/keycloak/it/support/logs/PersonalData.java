package org.patientaccess.keycloak.it.support.logs;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every name, email, phone number and birth date the suite hands to the server, so that the last
 * test of the run can look for each of them in the server's log.
 */
public final class PersonalData {

    private static final Set<String> USED = ConcurrentHashMap.newKeySet();

    private PersonalData() {
    }

    public static void used(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                USED.add(value.strip());
            }
        }
    }

    /** A phone number as the server may write it: its digits without a leading trunk zero (inside any E.164 form). */
    public static void usedPhone(String phone) {
        if (phone != null) {
            String digits = phone.replaceAll("\\D", "").replaceFirst("^0+", "");
            if (digits.length() >= 7) {
                USED.add(digits);
            }
        }
    }

    public static Set<String> all() {
        return Set.copyOf(USED);
    }
}
