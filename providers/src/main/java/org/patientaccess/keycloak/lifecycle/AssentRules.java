package org.patientaccess.keycloak.lifecycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.patientaccess.keycloak.age.AgeBands;
import org.patientaccess.keycloak.core.FieldError;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.InvalidInputException;

/**
 * The parts of a young person's assent that need no server: what may be given and until when, what a
 * grant carries once it is given, and once it ends. {@link Assents} applies them to stored grants.
 */
public final class AssentRules {

    /** An assent holds at most this many months: then the young person decides again. */
    public static final int MAX_MONTHS = 12;

    private AssentRules() {
    }

    /** What the young person gives: the permissions, and the last day they hold (the realm's calendar). */
    public record Terms(Set<GrantPermission> permissions, LocalDate until) {
    }

    /** A grant's permissions in force, and those an age band withholds. */
    public record Permissions(Set<GrantPermission> inForce, Set<GrantPermission> withheld) {

        public Permissions {
            inForce = Set.copyOf(inForce);
            withheld = Set.copyOf(withheld);
        }
    }

    /** The last day an assent given today may hold. */
    public static LocalDate latestUntil(LocalDate today) {
        return today.plusMonths(MAX_MONTHS);
    }

    /**
     * The terms as sent; throws {@link InvalidInputException} naming every bad field. Only what the
     * grant carries or an age band took from it ({@code givable}) may be given: an assent widens
     * nothing beyond what the clinic gave.
     */
    public static Terms validate(List<String> permissionValues, String untilValue, Set<GrantPermission> givable, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Set<GrantPermission> permissions = permissions(permissionValues, givable, errors);
        LocalDate until = until(untilValue, today, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Terms(permissions, until);
    }

    private static Set<GrantPermission> permissions(List<String> values, Set<GrantPermission> givable, List<FieldError> errors) {
        if (values == null || values.isEmpty()) {
            errors.add(new FieldError("permissions", "permissions must name at least one of " + sorted(givable)));
            return null;
        }
        Set<GrantPermission> permissions = EnumSet.noneOf(GrantPermission.class);
        for (String value : values) {
            GrantPermission permission;
            try {
                permission = GrantPermission.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("permissions", "unknown permission '" + value + "'; permissions are " + List.of(GrantPermission.values())));
                return null;
            }
            if (!givable.contains(permission)) {
                errors.add(new FieldError("permissions", "this access never carried " + permission
                        + ": only what the clinic gave it may be kept or given back (" + sorted(givable) + ")"));
                return null;
            }
            permissions.add(permission);
        }
        return Set.copyOf(permissions);
    }

    private static LocalDate until(String value, LocalDate today, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("until", "until is required: the last day the assent holds (YYYY-MM-DD)"));
            return null;
        }
        LocalDate until;
        try {
            until = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("until", "until must be a date (YYYY-MM-DD)"));
            return null;
        }
        if (!until.isAfter(today)) {
            errors.add(new FieldError("until", "until must be after today"));
            return null;
        }
        if (until.isAfter(latestUntil(today))) {
            errors.add(new FieldError("until", "until must be at most " + MAX_MONTHS + " months ahead, by " + latestUntil(today)));
            return null;
        }
        return until;
    }

    /** Given: the withheld permissions it names are in force again at once; the others it keeps past a band day. */
    public static Permissions given(Permissions before, Set<GrantPermission> given) {
        Set<GrantPermission> inForce = EnumSet.noneOf(GrantPermission.class);
        inForce.addAll(before.inForce());
        Set<GrantPermission> withheld = EnumSet.noneOf(GrantPermission.class);
        withheld.addAll(before.withheld());
        for (GrantPermission permission : given) {
            if (withheld.remove(permission)) {
                inForce.add(permission);
            }
        }
        return new Permissions(inForce, withheld);
    }

    /**
     * Ended (withdrawn, expired, or left out of a renewal): of the permissions it named, those in force
     * that the band now withholds ({@code carried}: what the band lets the grant carry; empty when no band
     * limits it) are withheld again. Nothing else changes.
     */
    public static Permissions ended(Permissions before, Set<GrantPermission> named, Optional<Set<GrantPermission>> carried) {
        if (carried.isEmpty()) {
            return before;
        }
        Set<GrantPermission> inForce = EnumSet.noneOf(GrantPermission.class);
        Set<GrantPermission> withheld = EnumSet.noneOf(GrantPermission.class);
        withheld.addAll(before.withheld());
        for (GrantPermission permission : before.inForce()) {
            if (named.contains(permission) && !carried.get().contains(permission)) {
                withheld.add(permission);
            } else {
                inForce.add(permission);
            }
        }
        return new Permissions(inForce, withheld);
    }

    /**
     * What the record's bands let a grant carry on {@code day}: the last band that narrows or suspends,
     * reached by then, whose day's work took this grant ({@code tookThisGrant}: done after the grant was
     * made, as the daily run narrows the grants active when it does a band day); empty when none limits it.
     */
    public static Optional<Set<GrantPermission>> carried(AgeBands bands, LocalDate birthDate, LocalDate day, Predicate<LocalDate> tookThisGrant) {
        return bands.days(birthDate).stream()
                .filter(bandDay -> bandDay.band().kind() != AgeBands.Kind.REVIEW && !bandDay.day().isAfter(day))
                .filter(bandDay -> tookThisGrant.test(bandDay.day()))
                .reduce((earlier, later) -> later)
                .map(bandDay -> bandDay.band().carries());
    }

    private static List<GrantPermission> sorted(Set<GrantPermission> permissions) {
        return permissions.stream().sorted().toList();
    }
}
