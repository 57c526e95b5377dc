package org.patientaccess.keycloak.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.InvalidInputException;
import org.patientaccess.keycloak.core.PatientSearch;
import org.patientaccess.keycloak.core.PatientSort;
import org.patientaccess.keycloak.core.PatientStatus;

class PatientSearchParametersTest {

    @Test
    void withoutParametersTheFirstPageOfActivePatientsByLastName() {
        PatientSearch search = parse(null, null, null, null, null, null, null, null, null);

        assertThat(search.nameTokens()).isEmpty();
        assertThat(search.statuses()).containsExactly(PatientStatus.ACTIVE);
        assertThat(search.sort()).isEqualTo(PatientSort.LAST_NAME);
        assertThat(search.descending()).isFalse();
        assertThat(search.first()).isZero();
        assertThat(search.max()).isEqualTo(PatientSearchParameters.DEFAULT_MAX);
    }

    @Test
    void criteriaAreNormalisedAsTheStoredKeysAre() {
        PatientSearch search = parse("  Zoë  O'Brien ", "1984-06-02", " Ana@Example.com ", "(416) 555-0134", "any", "birthDate", "desc", 40, 10);

        assertThat(search.nameTokens()).containsExactly("zoe", "obrien");
        assertThat(search.birthDate()).isEqualTo(LocalDate.of(1984, 6, 2));
        assertThat(search.email()).isEqualTo("ana@example.com");
        assertThat(search.phone()).isEqualTo("+14165550134");
        assertThat(search.statuses()).isEmpty();
        assertThat(search.sort()).isEqualTo(PatientSort.BIRTH_DATE);
        assertThat(search.descending()).isTrue();
        assertThat(search.first()).isEqualTo(40);
        assertThat(search.max()).isEqualTo(10);
    }

    @Test
    void severalStatusesCanBeAskedFor() {
        assertThat(parse(null, null, null, null, "active, archived", null, null, null, null).statuses())
                .isEqualTo(List.of(PatientStatus.ACTIVE, PatientStatus.ARCHIVED));
    }

    @Test
    void eachBadParameterIsNamed() {
        assertField("birthDate", () -> parse(null, "1984-02-30", null, null, null, null, null, null, null));
        assertField("phone", () -> parse(null, null, null, "12", null, null, null, null, null));
        assertField("status", () -> parse(null, null, null, null, "gone", null, null, null, null));
        assertField("sort", () -> parse(null, null, null, null, null, "age", null, null, null));
        assertField("order", () -> parse(null, null, null, null, null, null, "up", null, null));
        assertField("first", () -> parse(null, null, null, null, null, null, null, -1, null));
        assertField("max", () -> parse(null, null, null, null, null, null, null, null, 101));
        assertField("max", () -> parse(null, null, null, null, null, null, null, null, 0));
    }

    private static PatientSearch parse(String search, String birthDate, String email, String phone, String status,
                                       String sort, String order, Integer first, Integer max) {
        return PatientSearchParameters.parse(search, null, null, birthDate, email, phone, null, status, sort, order, first, max, "CA");
    }

    private static void assertField(String field, Runnable parse) {
        assertThatThrownBy(parse::run)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
