package org.patientaccess.keycloak.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.FieldError;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.LegalBasis;
import org.patientaccess.keycloak.core.Relationship;

class AccessGrantValidatorTest {

    private final AccessGrantValidator validator =
            new AccessGrantValidator(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void withoutPermissionsAGrantMayBookAndView() {
        AccessGrantValidator.Terms terms = validator.validate("parent", null, null, null);

        assertThat(terms.relationship()).isEqualTo(Relationship.PARENT);
        assertThat(terms.permissions()).isEqualTo(Set.of(GrantPermission.BOOK, GrantPermission.VIEW));
        assertThat(terms.validUntil()).isNull();
        assertThat(terms.legalBasis()).as("not recorded").isNull();
    }

    @Test
    void aLegalBasisIsReadLikeARelationshipAndBlankMeansNotRecorded() {
        assertThat(validator.validate("GUARDIAN", null, null, "court_order").legalBasis()).isEqualTo(LegalBasis.COURT_ORDER);
        assertThat(validator.validate("PARENT", null, null, " PARENTAL_RESPONSIBILITY ").legalBasis()).isEqualTo(LegalBasis.PARENTAL_RESPONSIBILITY);
        assertThat(validator.validate("OTHER", null, null, "").legalBasis()).isNull();
    }

    @Test
    void aDateMeansTheStartOfThatDayInUtcAndAnInstantIsTakenAsIs() {
        assertThat(validator.validate("GUARDIAN", List.of("BOOK"), "2032-03-09", null).validUntil())
                .isEqualTo(Instant.parse("2032-03-09T00:00:00Z"));
        assertThat(validator.validate("GUARDIAN", List.of("BOOK"), "2032-03-09T15:30:00Z", null).validUntil())
                .isEqualTo(Instant.parse("2032-03-09T15:30:00Z"));
    }

    @Test
    void eachBadTermIsNamed() {
        assertThat(fields(null, null, null)).containsExactly("relationship");
        assertThat(fields("AUNT", null, null)).containsExactly("relationship");
        assertThat(fields("OTHER", List.of(), null)).containsExactly("permissions");
        assertThat(fields("OTHER", List.of("BOOK", "PAY"), null)).containsExactly("permissions");
        assertThat(fields("OTHER", null, "2026-11-27")).containsExactly("validUntil");
        assertThat(fields("OTHER", null, "next year")).containsExactly("validUntil");
        assertThat(fields("PARENT", null, null, "BIRTH_CERTIFICATE")).containsExactly("legalBasis");
        assertThat(fields("SELF", null, null, "PATIENT_CONSENT")).as("a patient's own account needs none").containsExactly("legalBasis");
        assertThat(fields("AUNT", null, null, "GUESSED")).containsExactly("relationship", "legalBasis");
    }

    private List<String> fields(String relationship, List<String> permissions, String validUntil) {
        return fields(relationship, permissions, validUntil, null);
    }

    private List<String> fields(String relationship, List<String> permissions, String validUntil, String legalBasis) {
        try {
            validator.validate(relationship, permissions, validUntil, legalBasis);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

}
