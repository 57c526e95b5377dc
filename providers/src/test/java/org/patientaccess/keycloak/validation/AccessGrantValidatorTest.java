package org.patientaccess.keycloak.validation;

import org.patientaccess.keycloak.core.FieldError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.Relationship;
import org.patientaccess.keycloak.rest.representation.AccessGrantRequestRepresentation;

class AccessGrantValidatorTest {

    private final AccessGrantValidator validator =
            new AccessGrantValidator(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void withoutPermissionsAGrantMayBookAndView() {
        AccessGrantValidator.Result result = validator.validate(request("parent", null, null));

        assertThat(result.terms().relationship()).isEqualTo(Relationship.PARENT);
        assertThat(result.terms().permissions()).isEqualTo(Set.of(GrantPermission.BOOK, GrantPermission.VIEW));
        assertThat(result.terms().validUntil()).isNull();
    }

    @Test
    void aDateMeansTheStartOfThatDayInUtcAndAnInstantIsTakenAsIs() {
        assertThat(validator.validate(request("GUARDIAN", List.of("BOOK"), "2032-03-09")).terms().validUntil())
                .isEqualTo(Instant.parse("2032-03-09T00:00:00Z"));
        assertThat(validator.validate(request("GUARDIAN", List.of("BOOK"), "2032-03-09T15:30:00Z")).terms().validUntil())
                .isEqualTo(Instant.parse("2032-03-09T15:30:00Z"));
    }

    @Test
    void eachBadTermIsNamed() {
        assertThat(fields(request(null, null, null))).containsExactly("relationship");
        assertThat(fields(request("AUNT", null, null))).containsExactly("relationship");
        assertThat(fields(request("OTHER", List.of(), null))).containsExactly("permissions");
        assertThat(fields(request("OTHER", List.of("BOOK", "PAY"), null))).containsExactly("permissions");
        assertThat(fields(request("OTHER", null, "2026-11-27"))).containsExactly("validUntil");
        assertThat(fields(request("OTHER", null, "next year"))).containsExactly("validUntil");
    }

    private List<String> fields(AccessGrantRequestRepresentation request) {
        return validator.validate(request).errors().stream().map(FieldError::field).toList();
    }

    private static AccessGrantRequestRepresentation request(String relationship, List<String> permissions, String validUntil) {
        AccessGrantRequestRepresentation request = new AccessGrantRequestRepresentation();
        request.setRelationship(relationship);
        request.setPermissions(permissions);
        request.setValidUntil(validUntil);
        return request;
    }
}
