package org.patientaccess.keycloak.rest.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.patientaccess.keycloak.core.InvalidInputException;

/** Bodies the staff API fuzzing sent: a value of the wrong type is an error naming its field. */
class StrictJsonTest {

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        assertThat(failure("{\"firstName\": {\"a\": 1}}", PatientRepresentation.class).field()).isEqualTo("firstName");
        assertThat(failure("{\"permissions\": {}}", AccessGrantRequestRepresentation.class).field()).isEqualTo("permissions");
        assertThat(failure("{\"take\": [[]]}", MergeRequestRepresentation.class).field()).isEqualTo("take");
        assertThat(failure("{\"email\": []}", ContactRepresentation.class).field()).isEqualTo("email");
    }

    @Test
    void aNumberTooLargeForItsFieldIsNamed() {
        InvalidInputException e = failure("{\"firstName\": \"Ana\", \"version\": 1e400}", PatientRepresentation.class);

        assertThat(e.field()).isEqualTo("version");
        assertThat(e.getMessage()).isEqualTo("version is not of the expected type");
    }

    @Test
    void aBodyCutShortInsideAFieldNamesIt() {
        assertThat(failure("{\"lastName\": \"Li\", \"firstName\": ", PatientRepresentation.class).field()).isEqualTo("firstName");
    }

    @Test
    void aBodyThatIsNoObjectNamesNoField() {
        assertThat(failure("[1, 2]", PatientRepresentation.class).field()).isNull();
        assertThat(failure("not json", PatientRepresentation.class).field()).isNull();
        assertThat(failure("null", PatientRepresentation.class).field()).isNull();
    }

    private static InvalidInputException failure(String json, Class<?> type) {
        return catchThrowableOfType(InvalidInputException.class, () -> StrictJson.read(json, type));
    }
}
