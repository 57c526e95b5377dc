package org.patientaccess.keycloak.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.FieldError;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.PatientDetails;
import org.patientaccess.keycloak.core.PatientInput;

class PatientValidatorTest {

    /** 2026-11-27 at noon UTC. */
    private final PatientValidator validator =
            new PatientValidator("CA", Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void aCompletePatientIsNormalised() {
        PatientValidator.Result result = typed(
                patient(" RP-1 ", " Maria ", "Garcia", "1984-06-02", " Maria.Garcia@Example.COM ", "(416) 555-0134"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.details()).isEqualTo(new PatientDetails(
                "RP-1", "Maria", "Garcia", LocalDate.of(1984, 6, 2), "maria.garcia@example.com", "+14165550134"));
    }

    @Test
    void onlyTheNamesAreRequiredByDefault() {
        PatientValidator.Result result = typed(patient(null, "Ana", "Li", null, "", " "));

        assertThat(result.errors()).isEmpty();
        assertThat(result.details()).isEqualTo(new PatientDetails(null, "Ana", "Li", null, null, null));
    }

    @Test
    void missingNamesAreNamed() {
        PatientValidator.Result result = typed(patient(null, " ", null, null, null, null));

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("firstName", "lastName");
        assertThat(result.details()).isNull();
    }

    @Test
    void namesThatWouldPutMarkupOrALinkIntoAnEmailAreRejected() {
        for (String name : List.of("<b>Ana</b>", "Ana http://evil.example", "evil.example", "Ana (call 555)", "ana@evil.example")) {
            assertThat(typed(patient(null, name, "Li", null, null, null)).errors())
                    .as(name).extracting(FieldError::field).containsExactly("firstName");
        }
    }

    @Test
    void realNamesWithApostrophesHyphensAndInitialsPass() {
        for (String name : List.of("O'Brien", "Jean-Luc", "J. R.", "St. John", "Nguyễn Thị", "Zoë")) {
            assertThat(typed(patient(null, name, "Li", null, null, null)).isValid()).as(name).isTrue();
        }
    }

    @Test
    void aNameOfPunctuationOnlyIsRejected() {
        assertThat(typed(patient(null, "--", "Li", null, null, null)).errors())
                .extracting(FieldError::field).containsExactly("firstName");
    }

    @Test
    void impossibleAndMalformedBirthDatesAreRejected() {
        for (String date : new String[] {"2021-02-30", "2021-13-01", "02/06/1984", "1984-6-2", "yesterday"}) {
            assertThat(typed(patient(null, "Ana", "Li", date, null, null)).errors())
                    .as(date).extracting(FieldError::field).containsExactly("birthDate");
        }
    }

    @Test
    void aBirthDateInTheFutureIsRejectedButTodayAnywhereOnEarthIsNot() {
        assertThat(typed(patient(null, "Ana", "Li", "2026-11-29", null, null)).errors())
                .extracting(FieldError::message).containsExactly("birthDate must not be in the future");
        // Already the 28th in Kiribati (UTC+14) at noon UTC on the 27th.
        assertThat(typed(patient(null, "Ana", "Li", "2026-11-28", null, null)).isValid()).isTrue();
    }

    @Test
    void aBirthDateBefore1900IsRejected() {
        assertThat(typed(patient(null, "Ana", "Li", "1899-12-31", null, null)).errors())
                .extracting(FieldError::field).containsExactly("birthDate");
    }

    @Test
    void malformedEmailAndPhoneAreNamed() {
        PatientValidator.Result result = typed(patient(null, "Ana", "Li", null, "ana@", "555"));

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("email", "phone");
    }

    @Test
    void anImportLeavesOutAnUnreadableEmailOrPhoneWithAWarning() {
        PatientValidator.Result result = validator.validateImported(
                patient("RP-1", "Ana", "Li", "2000-01-01", "ana@", "555-450-5873"));

        assertThat(result.isValid()).isTrue();
        assertThat(result.details()).isEqualTo(new PatientDetails("RP-1", "Ana", "Li", LocalDate.of(2000, 1, 1), null, null));
        assertThat(result.warnings()).extracting(FieldError::field).containsExactly("email", "phone");
        assertThat(result.warnings()).extracting(FieldError::message).containsExactly(
                "email is not a valid email address; not imported",
                "phone is not a valid phone number (default region CA); not imported");
    }

    @Test
    void anImportStillFailsARowOnItsNamesOrBirthDateAndThenWarnsOfNothing() {
        PatientValidator.Result result = validator.validateImported(patient("RP-1", "", "Li", "2000-02-30", null, "555-450-5873"));

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("firstName", "birthDate");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void staffAndThePersonAreStillRefusedAnUnreadablePhone() {
        PatientValidator.Result result = typed(patient(null, "Ana", "Li", null, null, "555-450-5873"));

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("phone");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void namesWithTheDigitsASyntheticGeneratorAppendsAreTakenAsWritten() {
        PatientValidator.Result result = validator.validateImported(patient("RP-1", "Jose871 Antonio44", "Marks830", null, null, null));

        assertThat(result.errors()).isEmpty();
        assertThat(result.details().firstName()).isEqualTo("Jose871 Antonio44");
        assertThat(result.details().lastName()).isEqualTo("Marks830");
    }

    @Test
    void anImportNeedsAnExternalId() {
        assertThat(validator.validateImported(patient(" ", "Ana", "Li", null, null, null)).errors())
                .extracting(FieldError::field).containsExactly("externalId");
    }

    @Test
    void aControlCharacterOrHalfASurrogatePairIsRefusedInEveryFieldSinceNoDatabaseKeepsItAsTyped() {
        assertThat(typed(patient("RP-\u0000", "Ana\u0007", "Li\uDC00", null, "ana\u0000@example.com", "514\u0000555 0101")).errors())
                .extracting(FieldError::field).containsExactly("externalId", "firstName", "lastName", "email", "phone");
        assertThat(validator.validateImported(patient("RP-\u0000", "Ana", "Li", null, null, null)).errors())
                .extracting(FieldError::field).containsExactly("externalId");
        assertThat(typed(patient(null, "Zoë 🙂", "Li", null, null, null)).isValid()).as("a whole pair is a character").isTrue();
    }

    @Test
    void overlongFieldsAreRejected() {
        String longName = "a".repeat(101);
        PatientValidator.Result result = typed(patient("x".repeat(65), longName, "Li", null, null, null));

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("externalId", "firstName");
    }

    static PatientInput patient(String externalId, String firstName, String lastName, String birthDate, String email, String phone) {
        return new PatientInput(externalId, firstName, lastName, birthDate, email, phone);
    }

    /** What staff's or a person's input gives: the details, or every bad field. */
    private PatientValidator.Result typed(PatientInput input) {
        try {
            return new PatientValidator.Result(validator.validate(input), List.of(), List.of());
        } catch (InvalidInputException e) {
            return new PatientValidator.Result(null, e.errors(), List.of());
        }
    }
}
