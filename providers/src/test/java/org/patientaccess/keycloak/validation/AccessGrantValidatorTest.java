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
import org.patientaccess.keycloak.core.Relationship;

class AccessGrantValidatorTest {

    private final AccessGrantValidator validator =
            new AccessGrantValidator(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void withoutPermissionsAGrantMayBookAndView() {
        AccessGrantValidator.Terms terms = validator.validate("parent", null, null);

        assertThat(terms.relationship()).isEqualTo(Relationship.PARENT);
        assertThat(terms.permissions()).isEqualTo(Set.of(GrantPermission.BOOK, GrantPermission.VIEW));
        assertThat(terms.validUntil()).isNull();
    }

    @Test
    void aDateMeansTheStartOfThatDayInUtcAndAnInstantIsTakenAsIs() {
        assertThat(validator.validate("GUARDIAN", List.of("BOOK"), "2032-03-09").validUntil())
                .isEqualTo(Instant.parse("2032-03-09T00:00:00Z"));
        assertThat(validator.validate("GUARDIAN", List.of("BOOK"), "2032-03-09T15:30:00Z").validUntil())
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
    }

    private List<String> fields(String relationship, List<String> permissions, String validUntil) {
        try {
            validator.validate(relationship, permissions, validUntil);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

}
