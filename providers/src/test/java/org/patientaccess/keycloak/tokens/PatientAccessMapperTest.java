package org.patientaccess.keycloak.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.protocol.ProtocolMapperConfigException;
import org.patientaccess.keycloak.core.AccessiblePatient;
import org.patientaccess.keycloak.core.GrantPermission;
import org.patientaccess.keycloak.core.Relationship;

class PatientAccessMapperTest {

    private static final AccessiblePatient MARIA = new AccessiblePatient("p-maria", Relationship.SELF,
            Set.of(GrantPermission.VIEW, GrantPermission.MANAGE_PROFILE, GrantPermission.BOOK), "Maria", "Garcia", LocalDate.of(1984, 6, 2), null, "g-maria");
    private static final AccessiblePatient SOFIA = new AccessiblePatient("p-sofia", Relationship.PARENT,
            Set.of(GrantPermission.VIEW, GrantPermission.BOOK), "Sofia", "Garcia", LocalDate.of(2014, 3, 9), null, "g-sofia");
    private static final AccessiblePatient MATEO = new AccessiblePatient("p-mateo", Relationship.PARENT,
            Set.of(GrantPermission.BOOK), "Mateo", "Garcia", null, null, "g-mateo");

    @Test
    void eachPatientIsAnIdARelationshipAndSortedPermissionsWithoutHealthData() {
        Map<String, Object> claims = PatientAccessMapper.claims(List.of(MARIA, SOFIA), "patients", 100, false);

        assertThat(claims).containsOnlyKeys("patients");
        assertThat(claims.get("patients")).isEqualTo(List.of(
                Map.of("id", "p-maria", "relationship", "SELF", "permissions", List.of("BOOK", "VIEW", "MANAGE_PROFILE")),
                Map.of("id", "p-sofia", "relationship", "PARENT", "permissions", List.of("BOOK", "VIEW"))));
    }

    @Test
    void namesAndBirthDatesAreAddedOnlyWhenAsked() {
        Map<String, Object> claims = PatientAccessMapper.claims(List.of(SOFIA, MATEO), "patients", 100, true);

        assertThat(claims.get("patients")).isEqualTo(List.of(
                Map.of("id", "p-sofia", "relationship", "PARENT", "permissions", List.of("BOOK", "VIEW"),
                        "given_name", "Sofia", "family_name", "Garcia", "birthdate", "2014-03-09"),
                Map.of("id", "p-mateo", "relationship", "PARENT", "permissions", List.of("BOOK"),
                        "given_name", "Mateo", "family_name", "Garcia")));
    }

    @Test
    void theCapKeepsTheFirstPatientsAndFlagsTheCut() {
        Map<String, Object> claims = PatientAccessMapper.claims(List.of(MARIA, SOFIA, MATEO), "acts_for", 2, false);

        assertThat((List<?>) claims.get("acts_for")).hasSize(2);
        assertThat(claims.get("acts_for_truncated")).isEqualTo(true);
        assertThat(PatientAccessMapper.claims(List.of(MARIA, SOFIA), "acts_for", 2, false)).doesNotContainKey("acts_for_truncated");
    }

    @Test
    void noPatientsIsAnEmptyList() {
        assertThat(PatientAccessMapper.claims(List.of(), "patients", 100, false)).isEqualTo(Map.of("patients", List.of()));
    }

    @Test
    void theCapMustBeAPositiveWholeNumber() throws Exception {
        PatientAccessMapper mapper = new PatientAccessMapper();
        for (String bad : List.of("0", "-1", "ten", "1.5", "10000000")) {
            assertThatThrownBy(() -> mapper.validateConfig(null, null, null, model(bad)))
                    .as(bad).isInstanceOf(ProtocolMapperConfigException.class).hasMessageContaining("patients.max");
        }
        mapper.validateConfig(null, null, null, model("50"));
        mapper.validateConfig(null, null, null, model(null));
    }

    private static ProtocolMapperModel model(String max) {
        ProtocolMapperModel model = new ProtocolMapperModel();
        model.setConfig(new HashMap<>());
        if (max != null) {
            model.getConfig().put(PatientAccessMapper.MAX_PATIENTS, max);
        }
        return model;
    }
}
