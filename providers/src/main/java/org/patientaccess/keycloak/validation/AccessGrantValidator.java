package org.patientaccess.keycloak.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.patientaccess.keycloak.core.FieldError;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.Relationship;

/** Checks the terms of an access grant: relationship, permissions, when it lapses and its legal basis. */
public final class AccessGrantValidator {

    /** What a grant allows when the request does not say: booking and seeing the bookings. */
    public static final Set<GrantPermission> DEFAULT_PERMISSIONS = Set.copyOf(EnumSet.of(GrantPermission.BOOK, GrantPermission.VIEW));

    private final Clock clock;

    public AccessGrantValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * The terms of a grant, or of a future one (an invitation), as sent; throws
     * {@link InvalidInputException} naming every bad field.
     */
    public Terms validate(String relationshipValue, List<String> permissionValues, String validUntilValue, String legalBasisValue) {
        List<FieldError> errors = new ArrayList<>();
        Relationship relationship = relationship(relationshipValue, errors);
        Set<GrantPermission> permissions = permissions(permissionValues, errors);
        Instant validUntil = validUntil(validUntilValue, errors);
        LegalBasis legalBasis = legalBasis(legalBasisValue, errors);
        if (relationship == Relationship.SELF && legalBasis != null) {
            // The patient's own account acts for them by being them: a legal basis is what lets one person act for another.
            errors.add(new FieldError("legalBasis", "a patient's own account (SELF) has no legal basis"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Terms(relationship, permissions, validUntil, legalBasis);
    }

    private static Relationship relationship(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("relationship", "relationship is required"));
            return null;
        }
        try {
            return Relationship.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("relationship", "relationship must be one of " + List.of(Relationship.values())));
            return null;
        }
    }

    /** Optional: absent or blank is "not recorded". */
    private static LegalBasis legalBasis(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LegalBasis.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("legalBasis", "legalBasis must be one of " + List.of(LegalBasis.values()) + " or absent (not recorded)"));
            return null;
        }
    }

    private static Set<GrantPermission> permissions(List<String> values, List<FieldError> errors) {
        if (values == null) {
            return DEFAULT_PERMISSIONS;
        }
        if (values.isEmpty()) {
            errors.add(new FieldError("permissions", "permissions must name at least one of " + List.of(GrantPermission.values())));
            return null;
        }
        Set<GrantPermission> permissions = EnumSet.noneOf(GrantPermission.class);
        for (String value : values) {
            try {
                permissions.add(GrantPermission.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("permissions", "unknown permission '" + value + "'; permissions are " + List.of(GrantPermission.values())));
                return null;
            }
        }
        return Set.copyOf(permissions);
    }

    /** An instant ("2030-06-01T00:00:00Z") or a date, which means the start of that day in UTC. */
    private Instant validUntil(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = value.contains("T") ? Instant.parse(value.strip()) : LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("validUntil", "validUntil must be a date (YYYY-MM-DD) or an instant (YYYY-MM-DDThh:mm:ssZ)"));
            return null;
        }
        if (!instant.isAfter(clock.instant())) {
            errors.add(new FieldError("validUntil", "validUntil must be in the future"));
            return null;
        }
        return instant;
    }

    public record Terms(Relationship relationship, Set<GrantPermission> permissions, Instant validUntil, LegalBasis legalBasis) {
    }
}
