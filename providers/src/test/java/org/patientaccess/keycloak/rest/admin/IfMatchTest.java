package org.patientaccess.keycloak.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.InvalidInputException;

class IfMatchTest {

    @Test
    void noHeaderOrAStarAsksForNoVersion() {
        assertThat(IfMatch.versions(null)).isNull();
        assertThat(IfMatch.versions(" ")).isNull();
        assertThat(IfMatch.versions("*")).isNull();
    }

    @Test
    void strongTagsNameVersionsAndWeakOrForeignTagsNameNone() {
        assertThat(IfMatch.versions("\"3\"")).containsExactly(3);
        assertThat(IfMatch.versions("\"3\", W/\"4\", \"abc\", \"5\"")).containsExactlyInAnyOrder(3, 5);
        assertThat(IfMatch.versions("W/\"3\"")).isEmpty();
    }

    @Test
    void somethingThatIsNotAnEntityTagIsBadInputNamingTheHeader() {
        assertThatThrownBy(() -> IfMatch.versions("3"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("If-Match"));
    }
}
