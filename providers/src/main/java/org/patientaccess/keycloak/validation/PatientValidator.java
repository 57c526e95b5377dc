package org.patientaccess.keycloak.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.userprofile.validator.PersonNameProhibitedCharactersValidator;
import org.keycloak.utils.EmailValidationUtil;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidatorConfig;
import org.patientaccess.keycloak.core.FieldError;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.KeycloakClock;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientInput;
import org.patientaccess.keycloak.keys.NameKey;
import org.patientaccess.keycloak.keys.PhoneNumbers;
import org.patientaccess.keycloak.store.PatientAccessStore;

/**
 * Checks the writable fields of a patient as staff, the person or an import sent them, and
 * normalises them: trims, lower-cases the email and writes the phone in E.164. Either the result
 * carries the details, or it lists every bad field and nothing is written.
 */
public final class PatientValidator {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_EXTERNAL_ID_LENGTH = 64;
    public static final int MAX_EMAIL_LENGTH = 254;
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    /** The date that is "today" somewhere on Earth: a baby born today anywhere is not in the future. */
    private static final ZoneOffset EARLIEST_TIME_ZONE_TO_REACH_A_DATE = ZoneOffset.ofHours(14);

    private final String defaultPhoneRegion;
    private final Clock clock;

    public PatientValidator(String defaultPhoneRegion, Clock clock) {
        this.defaultPhoneRegion = defaultPhoneRegion;
        this.clock = clock;
    }

    /** A validator that reads phone numbers in the realm's default region, on Keycloak's clock. */
    public static PatientValidator of(KeycloakSession session, RealmModel realm) {
        return new PatientValidator(session.getProvider(PatientAccessStore.class).defaultPhoneRegion(realm), KeycloakClock.UTC);
    }

    public String defaultPhoneRegion() {
        return defaultPhoneRegion;
    }

    /**
     * A patient typed by staff or a person, or claimed by someone registering: the normalised details,
     * or {@link InvalidInputException} naming every bad field, which they correct.
     */
    public PatientDetails validate(PatientInput input) {
        Result result = check(input, false);
        if (!result.isValid()) {
            throw new InvalidInputException(result.errors());
        }
        return result.details();
    }

    /**
     * A patient read from an import: the external id is required, and an optional contact (email,
     * phone) that cannot be read is left out of the details, with a warning, instead of failing the row. Exports
     * carry numbers and addresses nobody checked (fictional 555 exchanges, typos); the rest of the
     * record is still worth having, and no one is there to correct it field by field.
     */
    public Result validateImported(PatientInput input) {
        return check(input, true);
    }

    /**
     * What someone registering says of themselves: the names as strictly as staff's input (an
     * {@link InvalidInputException} names them), the birth date, email and phone left out when they
     * cannot be read, rather than trusted.
     */
    public PatientDetails validateClaim(PatientInput input) {
        List<FieldError> errors = new ArrayList<>();
        String firstName = name("firstName", input.firstName(), errors);
        String lastName = name("lastName", input.lastName(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PatientDetails(null, firstName, lastName,
                readableOrNull(problems -> birthDate(input.birthDate(), problems)),
                readableOrNull(problems -> email(input.email(), problems)),
                readableOrNull(problems -> phone(input.phone(), problems)));
    }

    private static <T> T readableOrNull(java.util.function.Function<List<FieldError>, T> field) {
        List<FieldError> problems = new ArrayList<>();
        T value = field.apply(problems);
        return problems.isEmpty() ? value : null;
    }

    /**
     * The email and phone a person corrects on a record they manage, normalised (blank clears one), or
     * {@link InvalidInputException} naming each bad one.
     */
    public Contact validateContact(String rawEmail, String rawPhone) {
        List<FieldError> errors = new ArrayList<>();
        String email = email(rawEmail, errors);
        String phone = phone(rawPhone, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Contact(email, phone);
    }

    private Result check(PatientInput input, boolean imported) {
        List<FieldError> errors = new ArrayList<>();

        String externalId = trimToNull(input.externalId());
        if (externalId == null && imported) {
            errors.add(new FieldError("externalId", "externalId is required"));
        } else if (externalId != null && externalId.length() > MAX_EXTERNAL_ID_LENGTH) {
            errors.add(new FieldError("externalId", "externalId must be at most " + MAX_EXTERNAL_ID_LENGTH + " characters"));
        } else if (externalId != null && !PlainText.isPlain(externalId)) {
            errors.add(new FieldError("externalId", "externalId must not contain control characters or broken characters"));
        }

        String firstName = name("firstName", input.firstName(), errors);
        String lastName = name("lastName", input.lastName(), errors);
        LocalDate birthDate = birthDate(input.birthDate(), errors);

        List<FieldError> unreadableContacts = new ArrayList<>();
        String email = email(input.email(), unreadableContacts);
        String phone = phone(input.phone(), unreadableContacts);
        List<FieldError> warnings = List.of();
        if (imported) {
            warnings = unreadableContacts.stream()
                    .map(error -> new FieldError(error.field(), error.message() + "; not imported"))
                    .toList();
        } else {
            errors.addAll(unreadableContacts);
        }

        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors), List.of());
        }
        return new Result(new PatientDetails(externalId, firstName, lastName, birthDate, email, phone), List.of(), warnings);
    }

    /** A domain name ("evil.example") or an email address inside a name. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("@|\\p{L}\\.\\p{L}{2,}", Pattern.UNICODE_CHARACTER_CLASS);

    private static String name(String field, String raw, List<FieldError> errors) {
        String name = trimToNull(raw);
        if (name == null) {
            errors.add(new FieldError(field, field + " is required"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError(field, field + " must be at most " + MAX_NAME_LENGTH + " characters"));
        } else if (!PlainText.isPlain(name)) {
            errors.add(new FieldError(field, field + " must not contain control characters or broken characters"));
        } else if (NameKey.fold(name).isEmpty()) {
            errors.add(new FieldError(field, field + " must contain letters"));
        } else if (!PersonNameProhibitedCharactersValidator.INSTANCE
                .validate(name, field, new ValidationContext(), ValidatorConfig.EMPTY).isValid()) {
            // Keycloak's own rule for person names: no markup or characters that make links.
            errors.add(new FieldError(field, field + " must not contain characters such as < > & \" / = ( ) { } or $"));
        } else if (WEB_ADDRESS.matcher(name).find()) {
            // Names reach emails, where mail programs turn "example.com" or an address into a link.
            errors.add(new FieldError(field, field + " must not contain a web or email address (write \"St. John\", with a space)"));
        }
        return name;
    }

    private LocalDate birthDate(String raw, List<FieldError> errors) {
        String text = trimToNull(raw);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            // ISO_LOCAL_DATE resolves strictly: 2021-02-30 is an error, not March 2nd.
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("birthDate", "birthDate must be a real date written YYYY-MM-DD"));
            return null;
        }
        if (date.isAfter(LocalDate.now(clock.withZone(EARLIEST_TIME_ZONE_TO_REACH_A_DATE)))) {
            errors.add(new FieldError("birthDate", "birthDate must not be in the future"));
        } else if (date.isBefore(EARLIEST_BIRTH_DATE)) {
            errors.add(new FieldError("birthDate", "birthDate must not be before " + EARLIEST_BIRTH_DATE));
        }
        return date;
    }

    private static String email(String raw, List<FieldError> errors) {
        String email = trimToNull(raw);
        if (email == null) {
            return null;
        }
        email = email.toLowerCase(Locale.ROOT);
        if (email.length() > MAX_EMAIL_LENGTH || !PlainText.isPlain(email) || !EmailValidationUtil.isValidEmail(email)) {
            errors.add(new FieldError("email", "email is not a valid email address"));
            return null;
        }
        return email;
    }

    private String phone(String raw, List<FieldError> errors) {
        String text = trimToNull(raw);
        if (text == null) {
            return null;
        }
        return (PlainText.isPlain(text) ? PhoneNumbers.toE164(text, defaultPhoneRegion) : Optional.<String>empty()).orElseGet(() -> {
            errors.add(new FieldError("phone", "phone is not a valid phone number (default region " + defaultPhoneRegion + ")"));
            return null;
        });
    }

    private static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The normalised email and phone, null when blank. */
    public record Contact(String email, String phone) {
    }

    /**
     * Either the normalised details or the list of bad fields; for an import, also the optional
     * fields left out of the details because they could not be read.
     */
    public record Result(PatientDetails details, List<FieldError> errors, List<FieldError> warnings) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }
}
