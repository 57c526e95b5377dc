package org.patientaccess.keycloak.rest.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.PatientSearch;
import org.patientaccess.keycloak.core.PatientSort;
import org.patientaccess.keycloak.core.PatientStatus;
import org.patientaccess.keycloak.keys.NameKey;
import org.patientaccess.keycloak.keys.PhoneNumbers;

/** Turns the query parameters of a patient search into a {@link PatientSearch}, naming any bad one. */
public final class PatientSearchParameters {

    static final int DEFAULT_MAX = 20;
    static final int MAX_MAX = 100;

    private PatientSearchParameters() {
    }

    public static PatientSearch parse(String search, String firstName, String lastName, String birthDate,
                                      String email, String phone, String externalId, String status,
                                      String sort, String order, Integer first, Integer max, String phoneRegion) {
        List<String> tokens = search == null ? List.of() : Arrays.stream(search.split("[\\s,]+"))
                .map(NameKey::fold)
                .filter(token -> !token.isEmpty())
                .toList();
        return new PatientSearch(
                tokens,
                namePrefix(firstName),
                namePrefix(lastName),
                birthDate(birthDate),
                blankToNull(email) == null ? null : email.strip().toLowerCase(Locale.ROOT),
                phone(phone, phoneRegion),
                blankToNull(externalId) == null ? null : externalId.strip(),
                statuses(status),
                sort(sort),
                descending(order),
                first == null ? 0 : requireAtLeast("first", first, 0),
                max == null ? DEFAULT_MAX : requireBetween("max", max, 1, MAX_MAX));
    }

    private static String namePrefix(String name) {
        String folded = NameKey.fold(name);
        return folded.isEmpty() ? null : folded;
    }

    private static LocalDate birthDate(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("birthDate", "birthDate must be a real date written YYYY-MM-DD");
        }
    }

    private static String phone(String value, String region) {
        if (blankToNull(value) == null) {
            return null;
        }
        return PhoneNumbers.toE164(value, region)
                .orElseThrow(() -> new InvalidInputException("phone", "phone is not a valid phone number"));
    }

    private static List<PatientStatus> statuses(String value) {
        if (blankToNull(value) == null) {
            return List.of(PatientStatus.ACTIVE);
        }
        if ("any".equalsIgnoreCase(value.strip())) {
            return List.of();
        }
        try {
            return Arrays.stream(value.split(",")).map(s -> PatientStatus.valueOf(s.strip().toUpperCase(Locale.ROOT))).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status must be ACTIVE, ARCHIVED, MERGED, a comma-separated list of them, or any");
        }
    }

    private static PatientSort sort(String value) {
        if (blankToNull(value) == null) {
            return PatientSort.LAST_NAME;
        }
        PatientSort sort = PatientSort.fromParameter(value.strip());
        if (sort == null) {
            throw new InvalidInputException("sort", "sort must be one of " + Arrays.stream(PatientSort.values())
                    .map(PatientSort::parameter).toList());
        }
        return sort;
    }

    private static boolean descending(String value) {
        if (blankToNull(value) == null || "asc".equalsIgnoreCase(value.strip())) {
            return false;
        }
        if ("desc".equalsIgnoreCase(value.strip())) {
            return true;
        }
        throw new InvalidInputException("order", "order must be asc or desc");
    }

    private static int requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new InvalidInputException(name, name + " must be at least " + min);
        }
        return value;
    }

    private static int requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(name, name + " must be between " + min + " and " + max);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
